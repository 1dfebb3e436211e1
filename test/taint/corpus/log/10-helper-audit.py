# case: vulnerable - an audit helper logs its parameter; the view passes input
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


def audit(event):
    logger.info("audit: %s", event)  # expect: log-injection


@app.route("/a")
def a():
    audit(request.args["event"])
    return "ok"
