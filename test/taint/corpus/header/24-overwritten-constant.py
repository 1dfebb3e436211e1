# case: safe - the value is overwritten with a constant before it is set
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/o")
def o():
    v = request.args["v"]
    v = "1.0"
    resp = make_response("ok")
    resp.headers["X-Version"] = v  # sink
    return resp
