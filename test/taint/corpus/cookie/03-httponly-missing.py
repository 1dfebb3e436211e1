# case: vulnerable - secure is set but httponly is not
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/b")
def b():
    resp = make_response("ok")
    resp.set_cookie("remember", "1", secure=True)  # expect: insecure-cookie
    return resp
