# case: safe - a constant cookie with both flags
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/t")
def t():
    resp = make_response("ok")
    resp.set_cookie("theme", "dark", secure=True, httponly=True)  # sink
    return resp
