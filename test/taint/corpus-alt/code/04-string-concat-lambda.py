# case: vulnerable - a formula from the query string is concatenated into a lambda expression for eval
from flask import Flask, request

app = Flask(__name__)


@app.route("/plot")
def plot():
    formula = request.args.get("f", "x")
    fn = eval("lambda x: " + formula)  # expect: code-injection
    return {"points": [fn(x) for x in range(10)]}
