# case: safe - the value is overwritten with a constant before it is logged
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/o")
def o():
    who = request.args["who"]
    who = "anonymous"
    logger.info("request from " + who)  # sink
    return "ok"
