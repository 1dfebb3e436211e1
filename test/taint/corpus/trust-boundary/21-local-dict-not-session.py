# case: safe - the input goes into a local dict, not the session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/local")
def local():
    state = {}
    state["q"] = request.args["q"]
    session["count"] = len(state)  # sink
    return "ok"
