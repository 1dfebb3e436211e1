# case: safe - the assignment from the form sits under if 1 > 2, which never runs
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    param = request.form.get("expr", "")
    expr = "2 * 21"
    if 1 > 2:
        expr = param
    return str(eval(expr))  # sink
