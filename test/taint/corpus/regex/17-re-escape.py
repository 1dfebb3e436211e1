# case: safe - re.escape turns the input into a literal pattern
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/filter")
def filter_names():
    rx = re.compile(re.escape(request.args["needle"]))  # sink
    return str(bool(rx.search("haystack")))
