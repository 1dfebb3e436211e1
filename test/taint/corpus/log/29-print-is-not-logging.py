# case: safe - print writes to standard output; it is not a logging call
from flask import Flask, request

app = Flask(__name__)


@app.route("/p")
def p():
    print("debug:", request.args.get("x"))  # sink
    return "ok"
