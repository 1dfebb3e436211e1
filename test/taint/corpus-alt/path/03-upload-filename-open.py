# case: vulnerable - the client-chosen name of an uploaded file is used as the path to write it to
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.post("/upload")
def upload():
    doc = request.files["doc"]
    with open(os.path.join(UPLOAD_DIR, doc.filename), "wb") as out:  # expect: path-injection
        out.write(doc.read())
    return "stored", 201
