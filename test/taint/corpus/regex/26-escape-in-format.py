# case: safe - re.escape applied inside an f-string pattern
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/wordb")
def wordb():
    return str(bool(re.search(rf"\b{re.escape(request.args['w'])}\b", "a word here")))  # sink
