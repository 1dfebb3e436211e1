# case: safe - the ternary's condition is constantly true, so the expression is the constant "1 + 1"
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    param = request.args.get("expr", "")
    bar = "1 + 1" if 7 * 18 + 106 > 200 else param
    return str(eval(bar))  # sink
