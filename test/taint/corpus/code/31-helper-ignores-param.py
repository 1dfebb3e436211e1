# case: safe - the helper ignores its parameter and returns a constant expression
from flask import Flask, request

app = Flask(__name__)


def default_expression(_user_value):
    return "sum(range(10))"


@app.route("/total")
def total():
    return str(eval(default_expression(request.args.get("expr", ""))))  # sink
