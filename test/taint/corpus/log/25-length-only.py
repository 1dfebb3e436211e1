# case: safe - only the length of the input is logged
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/len", methods=["POST"])
def length():
    logger.info("payload of %d bytes", len(request.data))  # sink
    return "ok"
