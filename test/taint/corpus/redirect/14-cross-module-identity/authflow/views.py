# case: vulnerable - a helper of another module returns the target unchecked
from flask import Flask, redirect, request

from authflow.util import next_target

app = Flask(__name__)


@app.route("/after")
def after():
    return redirect(next_target(request.args["next"]))  # expect: open-redirect
