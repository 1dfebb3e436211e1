# case: safe - the service name is used only inside the branch where it is one of ALLOWED_SERVICES
import subprocess

from flask import Flask, request

app = Flask(__name__)

ALLOWED_SERVICES = {"nginx", "redis", "worker"}


@app.post("/restart")
def restart():
    service = request.form["service"]
    if service in ALLOWED_SERVICES:
        subprocess.run("systemctl restart " + service, shell=True, check=True)  # sink
        return "restarted"
    return "unknown service", 400
