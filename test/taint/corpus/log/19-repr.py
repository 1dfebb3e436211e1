# case: safe - repr() escapes the newlines of the value
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/r2")
def r2():
    logger.info("value: " + repr(request.form["v"]))  # sink
    return "ok"
