from flask import Flask, request

from calcsvc.engine import compute

app = Flask(__name__)


@app.route("/compute")
def compute_view():
    return str(compute(request.args["expr"]))
