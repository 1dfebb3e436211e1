# case: safe - the log message is constant
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/c", methods=["POST"])
def c():
    request.form.get("x")
    logger.info("form submitted")  # sink
    return "ok"
