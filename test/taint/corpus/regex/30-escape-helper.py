# case: safe - a helper escapes its parameter before compiling it
import re

from flask import Flask, request

app = Flask(__name__)


def literal(text):
    return re.compile(re.escape(text))


@app.route("/l")
def l():
    return str(bool(literal(request.args["t"]).search("text")))  # sink
