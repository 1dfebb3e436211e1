# case: safe - the dict holds the input under "label" but the evaluated text is the constant "expr" slot
from flask import Flask, request

app = Flask(__name__)


@app.route("/total")
def total():
    ctx = {"expr": "sum(values)", "label": request.args["label"]}
    value = eval(ctx["expr"], {"sum": sum, "values": [3, 4, 5]})  # sink
    return {ctx["label"]: value}
