# case: safe - the assignment from the query string sits under if 1 > 2, which never runs
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/logo")
def logo():
    param = request.args.get("file", "")
    path = "/srv/static/logo.png"
    if 1 > 2:
        path = param
    return send_file(path)  # sink
