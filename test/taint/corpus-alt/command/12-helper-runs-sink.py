# case: vulnerable - a helper of the same module runs its parameter with shell=True; a view passes JSON input to it
import subprocess

from flask import Flask, request

app = Flask(__name__)


def run_shell(command):
    return subprocess.run(command, shell=True, capture_output=True, text=True)  # expect: command-injection


@app.post("/jobs")
def create_job():
    job = request.get_json()
    result = run_shell(job["command"])
    return {"stdout": result.stdout}
