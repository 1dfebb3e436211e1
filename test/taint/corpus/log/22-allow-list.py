# case: safe - the action must be one of the allowed constants
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

ACTIONS = ("create", "delete")


@app.route("/act")
def act():
    a = request.args["a"]
    if a in ACTIONS:
        logger.info("action " + a)  # sink
    return "ok"
