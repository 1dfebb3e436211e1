# case: vulnerable - shlex.quote leaves "../../etc/passwd" unchanged, so it does not protect a file path
import os
import shlex

from flask import Flask, request

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/report")
def report():
    name = shlex.quote(request.args["name"])
    with open(os.path.join(REPORTS, name)) as fh:  # expect: path-injection
        return fh.read()
