# case: safe - only a number from the input is in the pattern
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/digits")
def digits():
    n = int(request.args["n"])
    return str(bool(re.fullmatch(r"\d{%d}" % n, "12345")))  # sink
