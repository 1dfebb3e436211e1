# case: safe - the eval call follows a return and never runs
from flask import Flask, request

app = Flask(__name__)


@app.route("/debug")
def debug():
    expr = request.args.get("expr", "")
    return "disabled"
    eval(expr)  # sink
