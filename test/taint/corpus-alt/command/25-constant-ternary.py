# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the command is the constant "uptime"
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    param = request.args.get("cmd", "")
    bar = "uptime" if 7 * 18 + 106 > 200 else param
    return subprocess.check_output(bar, shell=True, text=True)  # sink
