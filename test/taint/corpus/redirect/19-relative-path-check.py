# case: safe - the target must be a path on this site: one slash, not two, no backslash
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/back")
def back():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
        target = "/"
    return redirect(target)  # sink
