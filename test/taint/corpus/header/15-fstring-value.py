# case: vulnerable - an f-string with input as a header value
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/v")
def v():
    resp = make_response("ok")
    resp.headers["X-Version"] = f"app/{request.args['v']}"  # expect: header-injection
    return resp
