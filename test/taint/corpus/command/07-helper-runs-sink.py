# case: vulnerable - a same-module helper runs os.system on its parameter, called with a cookie value
import os

from flask import Flask, request

app = Flask(__name__)


def notify(message):
    os.system("logger " + message)  # expect: command-injection


@app.route("/hello")
def hello():
    notify(request.cookies.get("user", "anonymous"))
    return "hi"
