# case: vulnerable - a same-module helper evaluates its parameter, called with a form value
from flask import Flask, request

app = Flask(__name__)


def evaluate(formula):
    return eval(formula, {"__builtins__": {}})  # expect: code-injection


@app.route("/formula", methods=["POST"])
def formula():
    return str(evaluate(request.form["formula"]))
