# case: safe - only a number from the input is stored
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/pick")
def pick():
    session["item_id"] = int(request.args["id"])  # sink
    return "ok"
