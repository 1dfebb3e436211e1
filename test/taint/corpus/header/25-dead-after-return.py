# case: safe - the header with input is set after return and never runs
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/d")
def d():
    resp = make_response("ok")
    return resp
    resp.headers["X-D"] = request.args["d"]  # sink
