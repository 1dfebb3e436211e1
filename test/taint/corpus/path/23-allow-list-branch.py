# case: safe - the report name is used only inside the branch where it is one of the allowed names
from flask import Flask, request, send_file

app = Flask(__name__)
REPORTS = {"daily", "weekly", "monthly"}


@app.route("/report")
def report():
    kind = request.args.get("kind", "daily")
    if kind in REPORTS:
        return send_file("/srv/reports/" + kind + ".pdf")  # sink
    return "unknown report", 404
