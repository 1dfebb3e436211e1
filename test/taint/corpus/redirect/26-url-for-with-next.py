# case: safe - the input is a query parameter of a URL built by url_for
from flask import url_for
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/private")
def private():
    return redirect(url_for("login", next=request.url))  # sink
