# case: vulnerable - the dict slot that holds the form field is the one read and evaluated
from flask import Flask, request

app = Flask(__name__)


@app.post("/reports")
def report():
    spec = {"title": "Sales", "metric": request.form["metric"]}
    totals = {"revenue": 1200, "orders": 40}
    value = eval(spec["metric"], {}, totals)  # expect: code-injection
    return {spec["title"]: value}
