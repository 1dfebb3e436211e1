# case: vulnerable - a form field is formatted into a shell=True command with an f-string
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/archive", methods=["POST"])
def archive():
    name = request.form["name"].strip()
    cmd = f"tar czf /tmp/{name}.tgz /srv/data"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    return "ok"
