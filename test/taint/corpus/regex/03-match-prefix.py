# case: vulnerable - input concatenated into a pattern after ^
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/prefix")
def prefix():
    p = request.args["p"]
    return str(bool(re.match("^" + p, "some value")))  # expect: regex-injection
