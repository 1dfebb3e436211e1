# case: safe - a helper of another module returns int() of the value before it reaches eval
from flask import Flask, request

from metrics.parsing import parse_limit

app = Flask(__name__)


@app.route("/limit")
def limit():
    n = parse_limit(request.args["n"])
    return str(eval("min(%d, 100)" % n))  # sink
