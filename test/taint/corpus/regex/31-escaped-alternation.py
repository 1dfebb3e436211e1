# case: safe - two escaped inputs joined with |
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/either")
def either():
    a, b = request.args["a"], request.args["b"]
    return str(re.findall(re.escape(a) + "|" + re.escape(b), "xyz"))  # sink
