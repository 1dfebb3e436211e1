# case: safe - the stored value is one of two constants
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/theme")
def theme():
    t = request.args.get("t", "")
    session["theme"] = t if t in ("dark", "light") else "light"  # sink
    return "ok"
