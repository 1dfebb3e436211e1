# case: vulnerable - a helper returns the query parameter that the view redirects to
from flask import Flask, redirect, request

app = Flask(__name__)


def target():
    return request.args["next"]


@app.route("/done")
def done():
    return redirect(target())  # expect: open-redirect
