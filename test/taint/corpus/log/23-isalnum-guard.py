# case: safe - the value is refused unless it is letters and digits
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/tok")
def tok():
    t = request.args["t"]
    if not t.isalnum():
        return "bad", 400
    logger.info("token prefix %s", t[:4])  # sink
    return "ok"
