# case: safe - the log call comes after return and never runs
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/d")
def d():
    return "ok"
    logger.info("never " + request.args["x"])  # sink
