# case: safe - the ternary's condition is constantly true, so the command is the constant "uptime"
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    param = request.args.get("cmd", "")
    bar = "uptime" if 7 * 18 + 106 > 200 else param
    os.system(bar)  # sink
    return "ok"
