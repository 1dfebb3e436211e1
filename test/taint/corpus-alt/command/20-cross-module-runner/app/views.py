from flask import request

from app import app
from app.tasks import run_ping


@app.route("/ping")
def ping():
    host = request.args["host"]
    return run_ping(host)
