# case: safe - %r logs the repr of the value, with newlines escaped
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/r")
def r():
    logger.info("lookup for %r", request.args["key"])  # sink
    return "ok"
