# case: vulnerable - a safe default does not make the given value safe
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    return redirect(request.args.get("url", "/"))  # expect: open-redirect
