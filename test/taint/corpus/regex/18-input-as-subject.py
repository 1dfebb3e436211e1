# case: safe - the pattern is constant; the input is the text searched
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/valid")
def valid():
    return str(bool(re.match(r"^[a-z]+$", request.args["name"])))  # sink
