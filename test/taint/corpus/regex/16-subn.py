# case: vulnerable - re.subn with a pattern from the query
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/n")
def n():
    return str(re.subn(request.args["p"], "*", "secret text")[1])  # expect: regex-injection
