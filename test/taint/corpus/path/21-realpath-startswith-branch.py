# case: safe - the resolved path is opened only inside the branch where it starts with the base directory
import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/files/"


@app.route("/read")
def read():
    full = os.path.realpath(os.path.join(BASE, request.args.get("file", "")))
    if full.startswith(BASE):
        with open(full) as f:  # sink
            return f.read()
    return "forbidden", 403
