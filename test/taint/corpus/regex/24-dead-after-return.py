# case: safe - the compile of input comes after return and never runs
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/d")
def d():
    return "off"
    return str(re.compile(request.args["p"]))  # sink
