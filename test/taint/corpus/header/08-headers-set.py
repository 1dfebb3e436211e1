# case: vulnerable - headers.set with a form field
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/c", methods=["POST"])
def c():
    resp = make_response("ok")
    resp.headers.set("X-Comment", request.form["c"])  # expect: header-injection
    return resp
