# case: safe - the options are passed with ** from a dictionary defined elsewhere
from config import COOKIE_OPTIONS
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/f")
def f():
    resp = make_response("ok")
    resp.set_cookie("sid", "x", **COOKIE_OPTIONS)  # sink
    return resp
