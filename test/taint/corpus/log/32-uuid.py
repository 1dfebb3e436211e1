# case: safe - uuid.UUID accepts only a UUID
import uuid
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/u")
def u():
    logger.info("order %s", uuid.UUID(request.args["order"]))  # sink
    return "ok"
