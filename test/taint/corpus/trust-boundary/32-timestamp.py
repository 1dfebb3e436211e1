# case: safe - a timestamp made by the server is stored
import time
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/touch")
def touch():
    request.args.get("x")
    session["seen_at"] = time.time()  # sink
    return "ok"
