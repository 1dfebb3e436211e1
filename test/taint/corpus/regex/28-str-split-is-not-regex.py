# case: safe - str.split takes a plain separator, not a pattern
from flask import Flask, request

app = Flask(__name__)


@app.route("/s")
def s():
    return str("a,b,c".split(request.args["sep"]))  # sink
