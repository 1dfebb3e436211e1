# case: safe - the uploaded file's name goes through werkzeug's secure_filename before it becomes a path
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.post("/upload")
def upload():
    doc = request.files["doc"]
    with open(os.path.join(UPLOAD_DIR, secure_filename(doc.filename)), "wb") as out:  # sink
        out.write(doc.read())
    return "stored", 201
