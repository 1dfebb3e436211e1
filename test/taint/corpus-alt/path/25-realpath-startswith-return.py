# case: safe - the resolved path is checked to start with the base folder, and the view returns otherwise
import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE = "/srv/public"


@app.route("/files")
def files():
    full = os.path.realpath(os.path.join(BASE, request.args["path"]))
    if not full.startswith(BASE + os.sep):
        return "forbidden", 403
    return send_file(full)  # sink
