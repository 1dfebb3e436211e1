# case: safe - the host is passed through shlex.quote before it is put into the shell command
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    code = os.system("ping -c 1 " + shlex.quote(host))  # sink
    return {"reachable": code == 0}
