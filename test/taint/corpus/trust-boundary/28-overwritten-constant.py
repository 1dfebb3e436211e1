# case: safe - the value is overwritten with a constant before it is stored
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/o")
def o():
    v = request.args["v"]
    v = "fixed"
    session["v"] = v  # sink
    return "ok"
