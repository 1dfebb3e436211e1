# case: vulnerable - a query-string expression is passed straight to eval
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return str(eval(expr))  # expect: code-injection
