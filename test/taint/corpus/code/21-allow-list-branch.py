# case: safe - the operator is used only inside the branch where it is one of the allowed operators
from flask import Flask, request

app = Flask(__name__)
OPERATORS = ("+", "-", "*")


@app.route("/op")
def op():
    symbol = request.args.get("op", "+")
    if symbol in OPERATORS:
        return str(eval("6 " + symbol + " 3"))  # sink
    return "unsupported", 400
