# case: vulnerable - form fields are put into a command with str.format and run with shell=True
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/archive")
def archive():
    name = request.form["name"]
    folder = request.form.get("folder", "data")
    command = "tar czf /srv/archives/{}.tar.gz /srv/{}".format(name, folder)
    subprocess.run(command, shell=True, check=True)  # expect: command-injection
    return "ok"
