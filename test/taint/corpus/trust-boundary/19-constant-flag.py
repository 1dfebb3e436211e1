# case: safe - a constant is stored, whatever the request holds
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/seen")
def seen():
    request.args.get("x")
    session["visited"] = True  # sink
    return "ok"
