# case: safe - the input is appended to a path on this site
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/u")
def u():
    return redirect("/users/" + request.args["name"])  # sink
