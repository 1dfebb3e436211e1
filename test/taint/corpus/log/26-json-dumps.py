# case: safe - json.dumps escapes newlines inside the string
import json
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/j")
def j():
    logger.info("query=" + json.dumps(request.args["q"]))  # sink
    return "ok"
