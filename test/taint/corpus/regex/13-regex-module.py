# case: vulnerable - the third-party regex module compiles input
import regex

from flask import Flask, request

app = Flask(__name__)


@app.route("/r")
def r():
    return str(bool(regex.compile(request.args["p"]).search("abc")))  # expect: regex-injection
