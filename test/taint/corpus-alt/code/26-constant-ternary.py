# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the expression is the constant "1 + 1"
from flask import Flask, request

app = Flask(__name__)


@app.route("/selftest")
def selftest():
    param = request.args.get("expr", "")
    bar = "1 + 1" if 7 * 18 + 106 > 200 else param
    return {"value": eval(bar)}  # sink
