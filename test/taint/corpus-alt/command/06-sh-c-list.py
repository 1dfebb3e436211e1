# case: vulnerable - a form field goes into the command string of ["sh", "-c", ...] (a shell without shell=True)
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/thumbnail")
def thumbnail():
    source = request.form["image"]
    proc = subprocess.Popen(["sh", "-c", "convert " + source + " -resize 128x128 /srv/thumbs/out.png"])  # expect: command-injection
    proc.wait()
    return {"code": proc.returncode}
