# case: vulnerable - a same-module helper wraps input in markup that the view returns
from flask import Flask, request

app = Flask(__name__)


def bold(text):
    return "<b>" + text + "</b>"


@app.route("/bold")
def show():
    return bold(request.args["text"])  # expect: reflected-xss
