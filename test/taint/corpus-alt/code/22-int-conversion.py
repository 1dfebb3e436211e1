# case: safe - both operands are converted with int() before they are put into the expression
from flask import Flask, request

app = Flask(__name__)


@app.route("/add")
def add():
    a = int(request.args["a"])
    b = int(request.args["b"])
    return {"sum": eval(f"{a} + {b}")}  # sink
