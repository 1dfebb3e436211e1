# case: safe - the branch that would take the input cannot run
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/c")
def c():
    pat = r"\d+" if 5 > 4 else request.args["p"]
    return str(re.findall(pat, "a1b22"))  # sink
