# case: vulnerable - a Flask path route parameter is joined to the upload folder and sent with send_file
import os

from flask import Flask, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download/<path:filename>")
def download(filename):
    return send_file(os.path.join(UPLOAD_DIR, filename))  # expect: path-injection
