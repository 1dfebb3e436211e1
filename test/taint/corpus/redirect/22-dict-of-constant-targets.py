# case: safe - the input only chooses among constant targets
from flask import Flask, redirect, request

app = Flask(__name__)

TARGETS = {"home": "/", "help": "/help", "docs": "https://docs.example.com/"}


@app.route("/to")
def to():
    return redirect(TARGETS.get(request.args["where"], "/"))  # sink
