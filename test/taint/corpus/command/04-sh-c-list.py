# case: vulnerable - a JSON field is the script of ["sh", "-c", ...], so a shell parses it
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/grep", methods=["POST"])
def grep():
    pattern = request.get_json()["pattern"]
    script = "grep -r " + pattern + " /var/log/app"
    out = subprocess.check_output(["sh", "-c", script])  # expect: command-injection
    return out
