# case: vulnerable - input is the pattern of re.fullmatch
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/v")
def v():
    return str(bool(re.fullmatch(request.args["rule"], "value-123")))  # expect: regex-injection
