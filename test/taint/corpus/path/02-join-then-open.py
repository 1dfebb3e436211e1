# case: vulnerable - os.path.join with a query value is opened without a containment check
import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/uploads"


@app.route("/download")
def download():
    full = os.path.join(BASE, request.args["name"])
    with open(full, "rb") as f:  # expect: path-injection
        return f.read()
