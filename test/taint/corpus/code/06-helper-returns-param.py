# case: vulnerable - a same-module helper wraps its parameter into an expression and returns it
from flask import Flask, request

app = Flask(__name__)


def as_expression(text):
    return "(" + text + ")"


@app.route("/sum")
def total():
    expr = as_expression(request.args["terms"])
    return str(eval(expr))  # expect: code-injection
