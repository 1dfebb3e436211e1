# case: vulnerable - a cookie value reflected in a header
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/echo-cookie")
def echo_cookie():
    resp = make_response("ok")
    resp.headers["X-Session-Echo"] = request.cookies.get("sid", "")  # expect: header-injection
    return resp
