# case: vulnerable - a form field stored in the session as the role
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/role", methods=["POST"])
def role():
    session["role"] = request.form.get("role")  # expect: trust-boundary-violation
    return "ok"
