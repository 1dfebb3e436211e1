# case: safe - os.path.basename drops every folder part of the name before it is joined and opened
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/uploads")
def get_upload():
    name = os.path.basename(request.args["name"])
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:  # sink
        return fh.read()
