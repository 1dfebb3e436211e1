# case: safe - the redirect comes after abort() and never runs
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/gone")
def gone():
    abort(410)
    return redirect(request.args["to"])  # sink
