# case: safe - the report is opened only inside the branch where its name is one of REPORTS
import os

from flask import Flask, request

app = Flask(__name__)

REPORTS = {"daily.txt", "weekly.txt", "monthly.txt"}


@app.route("/report")
def report():
    name = request.args.get("name", "daily.txt")
    if name in REPORTS:
        with open(os.path.join("/srv/reports", name)) as fh:  # sink
            return fh.read()
    return "unknown report", 404
