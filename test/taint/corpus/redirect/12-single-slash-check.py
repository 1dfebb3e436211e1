# case: vulnerable - a check for a leading slash alone lets //evil.example through
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/back")
def back():
    url = request.args.get("url", "/")
    if url.startswith("/"):
        return redirect(url)  # expect: open-redirect
    return redirect("/")
