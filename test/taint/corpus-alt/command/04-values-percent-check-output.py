# case: vulnerable - request.values is %-formatted into a command for check_output with shell=True
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/disk-usage")
def disk_usage():
    path = request.values.get("path", "/srv").strip()
    out = subprocess.check_output("du -sh %s" % path, shell=True, text=True)  # expect: command-injection
    return {"usage": out.split()[0]}
