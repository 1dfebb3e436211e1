# case: safe - the assignment of the input is under if 1 > 2, which never runs; the command stays "df -h"
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/disk")
def disk():
    cmd = "df -h"
    if 1 > 2:
        cmd = request.args["cmd"]
    return os.popen(cmd).read()  # sink
