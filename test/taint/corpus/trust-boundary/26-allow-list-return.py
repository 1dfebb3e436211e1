# case: safe - the view returns unless the value is an allowed constant
from flask import Flask, request, session

app = Flask(__name__)

ROLES = ("viewer", "editor")


@app.route("/mode", methods=["POST"])
def mode():
    role = request.form["role"]
    if role not in ROLES:
        return "no", 400
    session["role"] = role  # sink
    return "ok"
