from flask import Flask, request

from netcheck.tasks import run_ping

app = Flask(__name__)


@app.route("/ping")
def ping():
    return run_ping(request.args["host"])
