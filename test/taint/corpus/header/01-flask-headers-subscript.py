# case: vulnerable - a query parameter set as a response header value
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/n")
def n():
    resp = make_response("ok")
    resp.headers["X-Name"] = request.args["n"]  # expect: header-injection
    return resp
