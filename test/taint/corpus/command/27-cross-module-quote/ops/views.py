# case: safe - a helper of another module returns shlex.quote of the value before it reaches the shell
import os

from flask import Flask, request

from ops.quoting import quoted_path

app = Flask(__name__)


@app.route("/du")
def du():
    os.system("du -sh " + quoted_path(request.args["path"]))  # sink
    return "ok"
