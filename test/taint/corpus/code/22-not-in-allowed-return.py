# case: safe - the handler returns early unless the name is one of the allowed functions
from flask import Flask, request

app = Flask(__name__)
FUNCTIONS = {"min", "max", "sum"}


@app.route("/agg")
def aggregate():
    name = request.args.get("fn", "")
    if name not in FUNCTIONS:
        return "unknown function", 400
    return str(eval(name + "([3, 1, 2])"))  # sink
