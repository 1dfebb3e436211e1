# case: safe - the assignment from the query string sits under if 1 > 2, which never runs
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    param = request.args.get("cmd", "")
    cmd = "uptime"
    if 1 > 2:
        cmd = param
    os.system(cmd)  # sink
    return "ok"
