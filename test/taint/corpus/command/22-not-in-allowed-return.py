# case: safe - the handler returns early unless the value is in the allow-list
import os

from flask import Flask, request

app = Flask(__name__)
TARGETS = ("build", "test", "lint")


@app.route("/make")
def make():
    target = request.args.get("target", "")
    if target not in TARGETS:
        return "bad target", 400
    os.system("make " + target)  # sink
    return "ok"
