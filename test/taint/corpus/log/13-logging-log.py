# case: vulnerable - logging.log with a level and input as an argument
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/l")
def l():
    logging.log(logging.INFO, "value %s", request.args["v"])  # expect: log-injection
    return "ok"
