# case: vulnerable - a session cookie set without secure or httponly
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("session_id", request.form["sid"])  # expect: insecure-cookie
    return resp
