# case: vulnerable - a helper of the same module wraps its parameter; the result is evaluated
from flask import Flask, request

app = Flask(__name__)


def parenthesized(expr):
    return "(" + expr.strip() + ")"


@app.route("/eval")
def evaluate():
    text = parenthesized(request.args["q"])
    return {"value": eval(text)}  # expect: code-injection
