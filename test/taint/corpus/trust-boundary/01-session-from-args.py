# case: vulnerable - a query parameter stored in the Flask session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/as")
def act_as():
    session["user"] = request.args["user"]  # expect: trust-boundary-violation
    return "ok"
