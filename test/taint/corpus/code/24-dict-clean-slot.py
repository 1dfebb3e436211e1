# case: safe - the expression comes from key 'a' of the dict, a constant; only key 'b' holds input
from flask import Flask, request

app = Flask(__name__)


@app.route("/expr")
def expr():
    d = {"a": "40 + 2", "b": request.args.get("expr", "")}
    return str(eval(d["a"]))  # sink
