# case: vulnerable - a request header stored in the session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/client")
def client():
    session["client"] = request.headers.get("X-Client-Id")  # expect: trust-boundary-violation
    return "ok"
