# case: safe - the branch that would store the input cannot run
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/c")
def c():
    value = "default" if 3 > 2 else request.args["v"]
    session["v"] = value  # sink
    return "ok"
