# case: vulnerable - a helper compiles its parameter; the view passes input
import re

from flask import Flask, request

app = Flask(__name__)


def matcher(expr):
    return re.compile(expr)  # expect: regex-injection


@app.route("/m")
def m():
    return str(bool(matcher(request.args["e"]).match("x")))
