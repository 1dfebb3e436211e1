# case: vulnerable - a query value is appended to a list of words that is joined into a shell command
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    parts = ["convert", "/srv/in.png"]
    parts.append(request.args.get("size", "100x100"))
    parts.append("/srv/out.png")
    subprocess.call(" ".join(parts), shell=True)  # expect: command-injection
    return "done"
