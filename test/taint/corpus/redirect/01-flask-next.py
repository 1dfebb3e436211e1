# case: vulnerable - the next parameter is the target of a Flask redirect
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    return redirect(request.args["next"])  # expect: open-redirect
