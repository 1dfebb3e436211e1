# case: vulnerable - a helper sets its parameter as a header; the view passes input
from flask import Flask, make_response, request

app = Flask(__name__)


def with_label(resp, label):
    resp.headers["X-Label"] = label  # expect: header-injection
    return resp


@app.route("/l")
def l():
    return with_label(make_response("ok"), request.args["label"])
