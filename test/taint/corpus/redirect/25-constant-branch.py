# case: safe - the branch that would use the input cannot run
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/c")
def c():
    target = "/" if 1 < 2 else request.args["t"]
    return redirect(target)  # sink
