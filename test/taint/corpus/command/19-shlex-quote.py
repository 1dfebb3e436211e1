# case: safe - shlex.quote makes the query value a single shell word
import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/ls")
def listing():
    directory = request.args.get("dir", ".")
    os.system("ls -l " + shlex.quote(directory))  # sink
    return "ok"
