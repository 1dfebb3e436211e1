# case: vulnerable - a cookie value stored in a list is joined into the code passed to exec
from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    lines = ["theme = 'light'"]
    lines.append(request.cookies.get("prefs", ""))
    env = {}
    exec("\n".join(lines), env)  # expect: code-injection
    return str(env.get("theme"))
