# case: safe - a key is removed from the session; nothing is stored
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    request.args.get("next")
    session.pop("user", None)  # sink
    return "bye"
