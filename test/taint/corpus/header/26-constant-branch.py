# case: safe - the branch that would take the input cannot run
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/c2")
def c2():
    value = "static" if 10 > 1 else request.args["v"]
    resp = make_response("ok")
    resp.headers["X-Mode"] = value  # sink
    return resp
