# case: safe - the pattern must be one of the allowed constants
import re

from flask import Flask, request

app = Flask(__name__)

PATTERNS = (r"\d+", r"[a-z]+")


@app.route("/p")
def p():
    pat = request.args["p"]
    if pat not in PATTERNS:
        return "no", 400
    return str(re.findall(pat, "abc 123"))  # sink
