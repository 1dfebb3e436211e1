# case: vulnerable - a same-module helper builds the command from its parameter and returns it
import os

from flask import Flask, request

app = Flask(__name__)


def make_command(user):
    return "id " + user


@app.route("/id")
def show_id():
    cmd = make_command(request.args["user"])
    os.system(cmd)  # expect: command-injection
    return "ok"
