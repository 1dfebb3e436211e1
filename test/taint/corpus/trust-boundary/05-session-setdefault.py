# case: vulnerable - session.setdefault() with input as the value
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/first")
def first():
    session.setdefault("landing", request.args["from"])  # expect: trust-boundary-violation
    return "ok"
