# case: vulnerable - re.split on a separator from the request
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/split")
def split():
    return str(re.split(request.args["sep"], "a,b;c"))  # expect: regex-injection
