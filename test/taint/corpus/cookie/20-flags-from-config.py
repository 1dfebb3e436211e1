# case: safe - the flags come from configuration read at run time: nothing to tell
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/e")
def e():
    resp = make_response("ok")
    resp.set_cookie("sid", "x", secure=app.config["COOKIE_SECURE"], httponly=app.config["COOKIE_HTTPONLY"])  # sink
    return resp
