# case: vulnerable - session.update() with a dict holding input
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/lang")
def lang():
    session.update({"lang": request.args["lang"]})  # expect: trust-boundary-violation
    return "ok"
