# case: vulnerable - form input passed as a %-argument of a logger call
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/submit", methods=["POST"])
def submit():
    logger.warning("rejected value: %s", request.form["value"])  # expect: log-injection
    return "ok"
