# case: safe - the file is deleted after a return, so the code is never reached
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/files/delete")
def delete_file():
    name = request.form["name"]
    return "deleting files is disabled", 403
    os.remove(os.path.join("/srv/files", name))  # sink
