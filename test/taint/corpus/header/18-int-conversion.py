# case: safe - only a number from the input is in the header
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/age")
def age():
    resp = make_response("ok")
    resp.headers["X-Max-Age"] = str(int(request.args["age"]))  # sink
    return resp
