# case: safe - a constant compiled pattern matches the input
import re

from flask import Flask, request

app = Flask(__name__)

EMAIL = re.compile(r"[^@]+@[^@]+\.[a-z]+")


@app.route("/email")
def email():
    return str(bool(EMAIL.fullmatch(request.args["e"])))  # sink
