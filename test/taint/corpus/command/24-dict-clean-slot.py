# case: safe - the command comes from key 'a' of the dict, a constant; only key 'b' holds input
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    d = {}
    d["a"] = "df -h"
    d["b"] = request.args.get("cmd", "")
    os.system(d["a"])  # sink
    return "ok"
