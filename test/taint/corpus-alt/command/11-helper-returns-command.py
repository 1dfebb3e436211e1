# case: vulnerable - a helper of the same module builds the command from its parameter; the result reaches os.popen
import os

from flask import Flask, request

app = Flask(__name__)


def ping_command(host):
    return "ping -c 3 " + host.lower()


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    return os.popen(ping_command(host)).read()  # expect: command-injection
