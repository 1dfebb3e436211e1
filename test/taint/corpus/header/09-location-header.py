# case: vulnerable - a Location header set by hand from input
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/moved")
def moved():
    resp = make_response("", 302)
    resp.headers["Location"] = request.args["to"]  # expect: header-injection
    return resp
