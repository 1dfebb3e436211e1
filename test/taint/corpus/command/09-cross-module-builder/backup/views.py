# case: vulnerable - a helper of another module builds the command from a query value; the view runs it with shell=True
import subprocess

from flask import Flask, request

from backup.commands import rsync_command

app = Flask(__name__)


@app.route("/backup")
def backup():
    cmd = rsync_command(request.args["target"])
    subprocess.Popen(cmd, shell=True)  # expect: command-injection
    return "started"
