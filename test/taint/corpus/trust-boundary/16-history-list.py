# case: vulnerable - input appended to a list kept in the session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/visit")
def visit():
    session["history"] = session.get("history", []) + [request.args["page"]]  # expect: trust-boundary-violation
    return "ok"
