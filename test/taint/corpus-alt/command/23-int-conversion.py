# case: safe - the process id is converted with int() before it is put into the command
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/processes/stop")
def stop():
    pid = int(request.form["pid"])
    os.system(f"kill -TERM {pid}")  # sink
    return "stopped"
