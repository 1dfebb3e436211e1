# case: safe - the query value is overwritten with a constant before the file is opened
from flask import Flask, request

app = Flask(__name__)


@app.route("/motd")
def motd():
    path = request.args.get("path", "")
    path = "/etc/motd"
    with open(path) as f:  # sink
        return f.read()
