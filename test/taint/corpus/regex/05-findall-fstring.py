# case: vulnerable - an f-string pattern built from input
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/count")
def count():
    word = request.args["w"]
    return str(len(re.findall(f"{word}+", "aaaa")))  # expect: regex-injection
