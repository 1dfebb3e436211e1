# case: vulnerable - secure=False sends the cookie over plain HTTP
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/a")
def a():
    resp = make_response("ok")
    resp.set_cookie("auth", "t0k", secure=False, httponly=True)  # expect: insecure-cookie
    return resp
