# case: safe - urllib.parse.quote percent-encodes CR and LF
from urllib.parse import quote
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/q")
def q():
    logger.info("path " + quote(request.args["path"]))  # sink
    return "ok"
