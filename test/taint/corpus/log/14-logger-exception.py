# case: vulnerable - logger.exception with input in the message arguments
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/e")
def e():
    try:
        int(request.args["n"])
    except ValueError:
        logger.exception("cannot parse %s", request.args["n"])  # expect: log-injection
    return "ok"
