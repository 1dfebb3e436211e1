# case: safe - the header is constant; the input goes into the body
from markupsafe import escape
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/c")
def c():
    resp = make_response("Hi " + escape(request.args["n"]))
    resp.headers["X-Frame-Options"] = "DENY"  # sink
    return resp
