# case: safe - only a number from the input is logged
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/page")
def page():
    logger.info("page %d requested", int(request.args["p"]))  # sink
    return "ok"
