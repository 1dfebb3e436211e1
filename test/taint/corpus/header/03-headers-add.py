# case: vulnerable - a request header echoed with headers.add
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/trace")
def trace():
    resp = make_response("ok")
    resp.headers.add("X-Trace", request.headers.get("X-Trace", ""))  # expect: header-injection
    return resp
