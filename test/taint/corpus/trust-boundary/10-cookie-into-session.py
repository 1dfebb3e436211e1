# case: vulnerable - a cookie value copied into the session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/adopt")
def adopt():
    session["account_id"] = request.cookies.get("account_id")  # expect: trust-boundary-violation
    return "ok"
