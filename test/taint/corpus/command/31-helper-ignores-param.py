# case: safe - the helper ignores its parameter and returns a constant command
import os

from flask import Flask, request

app = Flask(__name__)


def command_for(_name):
    return "uptime"


@app.route("/info")
def info():
    os.system(command_for(request.args.get("name", "")))  # sink
    return "ok"
