# case: vulnerable - a cookie bound with := is evaluated to read the user's preferences
from flask import Flask, request

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    prefs = {"theme": "light"}
    if raw := request.cookies.get("prefs"):
        prefs = eval(raw)  # expect: code-injection
    return {"theme": prefs.get("theme")}
