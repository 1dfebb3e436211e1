# case: vulnerable - re.finditer with a pattern from JSON input
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/it", methods=["POST"])
def it():
    return str([m.start() for m in re.finditer(request.json["pattern"], "abcabc")])  # expect: regex-injection
