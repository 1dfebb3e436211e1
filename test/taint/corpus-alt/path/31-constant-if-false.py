# case: safe - the assignment of the input is under if 2 + 2 == 5, which never runs
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/logs/rotate")
def rotate():
    target = "/var/log/app/old.log"
    if 2 + 2 == 5:
        target = request.form["target"]
    os.remove(target)  # sink
    return "rotated"
