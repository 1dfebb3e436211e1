# case: vulnerable - a logger named log logs a cookie
import logging
from flask import Flask, request

app = Flask(__name__)

log = logging.getLogger("web")


@app.route("/c")
def c():
    log.info("session cookie " + request.cookies.get("sid", ""))  # expect: log-injection
    return "ok"
