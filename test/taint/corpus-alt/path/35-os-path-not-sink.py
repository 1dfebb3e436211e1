# case: safe - only os.path functions see the input (no file is opened, written or removed)
import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/exists")
def exists():
    candidate = os.path.join(BASE, request.args["name"])
    return {"exists": os.path.isfile(candidate), "ext": os.path.splitext(candidate)[1]}  # sink
