# case: safe - werkzeug's secure_filename strips separators and .. from the uploaded name
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    upload = request.files["file"]
    filename = secure_filename(upload.filename)
    with open(os.path.join("/srv/uploads", filename), "wb") as f:  # sink
        f.write(upload.read())
    return "stored"
