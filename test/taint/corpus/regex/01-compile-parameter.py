# case: vulnerable - a query parameter compiled as a regular expression
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/filter")
def filter_names():
    pattern = re.compile(request.args["pattern"])  # expect: regex-injection
    return str([n for n in ["ana", "bo"] if pattern.search(n)])
