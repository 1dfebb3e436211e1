# case: safe - os.path.basename drops every directory part, so the file stays in the upload folder
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/download")
def download():
    name = os.path.basename(request.args.get("name", ""))
    with open(os.path.join("/srv/uploads", name), "rb") as f:  # sink
        return f.read()
