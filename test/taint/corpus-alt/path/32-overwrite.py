# case: safe - the variable holding the input is overwritten with a constant path before it is opened
from flask import Flask, request

app = Flask(__name__)


@app.route("/changelog")
def changelog():
    path = request.args.get("path", "CHANGELOG.md")
    path = "/srv/app/CHANGELOG.md"
    with open(path, encoding="utf-8") as fh:  # sink
        return fh.read()
