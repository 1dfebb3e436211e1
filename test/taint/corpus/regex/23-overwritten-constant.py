# case: safe - the pattern is overwritten with a constant before it is compiled
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/o")
def o():
    pat = request.args["p"]
    pat = r"\w+"
    return str(re.findall(pat, "a b c"))  # sink
