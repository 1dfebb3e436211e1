# case: vulnerable - a query value is formatted into the path given to send_file
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/report")
def report():
    month = request.args.get("month", "")
    return send_file(f"/srv/reports/{month}.pdf")  # expect: path-injection
