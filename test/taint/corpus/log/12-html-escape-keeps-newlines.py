# case: vulnerable - html.escape leaves newlines in place
import html
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/h")
def h():
    logger.info("comment: " + html.escape(request.form["comment"]))  # expect: log-injection
    return "ok"
