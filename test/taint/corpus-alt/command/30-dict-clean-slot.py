# case: safe - the dict holds the input under "note" but the command comes from the constant "cmd" slot
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup")
def backup():
    job = {"cmd": "/opt/backup/nightly.sh", "note": request.form["note"]}
    subprocess.run(job["cmd"], shell=True, check=True)  # sink
    return {"note": job["note"]}
