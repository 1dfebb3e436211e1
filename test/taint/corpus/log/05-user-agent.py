# case: vulnerable - the User-Agent header logged as it is
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/")
def index():
    logging.debug(request.headers.get("User-Agent", ""))  # expect: log-injection
    return "ok"
