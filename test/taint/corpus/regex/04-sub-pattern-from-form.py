# case: vulnerable - a form field is the pattern of re.sub
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/scrub", methods=["POST"])
def scrub():
    return re.sub(request.form["remove"], "", request.form["text"])  # expect: regex-injection
