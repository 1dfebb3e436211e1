# case: vulnerable - a query parameter is evaluated as a Python expression
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expression = request.args["expr"]
    return {"result": eval(expression)}  # expect: code-injection
