# case: safe - the value is used only inside the branch where it is one of the allowed names
import subprocess

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"nginx", "redis", "postgres"}


@app.route("/restart", methods=["POST"])
def restart():
    service = request.form.get("service", "")
    if service in ALLOWED:
        subprocess.run("systemctl restart " + service, shell=True)  # sink
        return "restarting"
    return "unknown service", 400
