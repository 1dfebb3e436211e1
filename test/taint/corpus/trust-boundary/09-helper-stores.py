# case: vulnerable - a helper stores its parameter in the session; the view passes input
from flask import Flask, request, session

app = Flask(__name__)


def remember(key, value):
    session[key] = value  # expect: trust-boundary-violation


@app.route("/r")
def r():
    remember("last_search", request.args["q"])
    return "ok"
