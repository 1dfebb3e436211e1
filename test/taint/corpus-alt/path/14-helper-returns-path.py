# case: vulnerable - a helper of the same module joins its parameters into a path; the result is opened
import os

from flask import Flask, request

app = Flask(__name__)
DATA = "/srv/data"


def user_file(user, name):
    return os.path.join(DATA, user, name)


@app.route("/files/<user>")
def read_file(user):
    with open(user_file(user, request.args["name"])) as fh:  # expect: path-injection
        return fh.read()
