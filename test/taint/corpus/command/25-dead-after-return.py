# case: safe - the os.system call follows a return and never runs
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/debug")
def debug():
    cmd = request.args.get("cmd", "")
    return "disabled"
    os.system(cmd)  # sink
