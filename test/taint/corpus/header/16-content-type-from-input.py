# case: vulnerable - the Content-Type header taken from the query, with a default
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/raw")
def raw():
    resp = make_response("data")
    resp.headers["Content-Type"] = request.args.get("type", "text/plain")  # expect: header-injection
    return resp
