# case: safe - int() leaves only a number in the command
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/kill", methods=["POST"])
def kill():
    pid = int(request.form["pid"])
    os.system("kill -TERM %d" % pid)  # sink
    return "sent"
