# case: safe - a helper of the same module shell-quotes its parameter before the command is built
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


def quoted(value):
    return shlex.quote(value)


@app.route("/lookup")
def lookup():
    name = quoted(request.args["name"])
    return os.popen("host " + name).read()  # sink
