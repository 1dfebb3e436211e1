# case: vulnerable - a form field names the destination of shutil.copy
import os
import shutil

from flask import Flask, request

app = Flask(__name__)
EXPORT_DIR = "/srv/exports"


@app.post("/publish")
def publish():
    destination = os.path.join(EXPORT_DIR, request.form["as"])
    shutil.copy("/srv/build/report.pdf", destination)  # expect: path-injection
    return "published"
