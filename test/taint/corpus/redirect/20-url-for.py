# case: safe - the target is built by url_for from an endpoint name
from flask import url_for
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/old")
def old():
    return redirect(url_for("index"))  # sink
