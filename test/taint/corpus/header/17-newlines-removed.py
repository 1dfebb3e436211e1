# case: safe - CR and LF are removed before the value goes into the header
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/n")
def n():
    label = request.args["n"].replace("\r", "").replace("\n", "")
    resp = make_response("ok")
    resp.headers["X-Name"] = label  # sink
    return resp
