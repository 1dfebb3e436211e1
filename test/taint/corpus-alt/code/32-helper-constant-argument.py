# case: safe - the helper that evaluates its parameter is only called with a constant expression
from flask import Flask, request

app = Flask(__name__)


def evaluate(expr):
    return eval(expr, {"__builtins__": {}})  # sink


@app.route("/answer")
def answer():
    who = request.args.get("who", "world")
    return {"greeting": "hello " + who, "answer": evaluate("6 * 7")}
