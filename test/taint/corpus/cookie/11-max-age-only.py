# case: vulnerable - a cookie with an expiry but neither flag
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/c")
def c():
    resp = make_response("ok")
    resp.set_cookie("prefs", "dark", max_age=3600)  # expect: insecure-cookie
    return resp
