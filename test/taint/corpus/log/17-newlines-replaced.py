# case: safe - CR and LF are replaced before the value is logged
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/login")
def login():
    user = request.args["user"].replace("\n", "_").replace("\r", "_")
    logger.info("login attempt for %s", user)  # sink
    return "ok"
