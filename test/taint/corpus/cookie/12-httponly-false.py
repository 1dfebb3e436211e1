# case: vulnerable - httponly=False lets scripts read the cookie
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/d")
def d():
    resp = make_response("ok")
    resp.set_cookie("sid", "x", secure=True, httponly=False)  # expect: insecure-cookie
    return resp
