# case: vulnerable - input used as the pattern of re.search
import re

from flask import Flask, request

app = Flask(__name__)

TEXT = "the quick brown fox"


@app.route("/find")
def find():
    return str(bool(re.search(request.args["q"], TEXT)))  # expect: regex-injection
