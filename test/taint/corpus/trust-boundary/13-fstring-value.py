# case: vulnerable - an f-string built from input stored in the session
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args["name"]
    session["greeting"] = f"Hello {name}"  # expect: trust-boundary-violation
    return "ok"
