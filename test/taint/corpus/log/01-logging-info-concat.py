# case: vulnerable - a query parameter concatenated into a log message
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/login")
def login():
    logging.info("login attempt for " + request.args["user"])  # expect: log-injection
    return "ok"
