# case: safe - the query value is overwritten with a constant before the command runs
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/clean")
def clean():
    cmd = request.args.get("cmd", "")
    cmd = "rm -rf /tmp/app-cache"
    os.system(cmd)  # sink
    return "cleaned"
