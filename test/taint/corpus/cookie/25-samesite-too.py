# case: safe - secure, httponly and samesite are set
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/h")
def h():
    resp = make_response("ok")
    resp.set_cookie("sid", "x", secure=True, httponly=True, samesite="Lax")  # sink
    return resp
