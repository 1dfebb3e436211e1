from flask import Flask, request

from media.storage import save_upload

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    save_upload(request.form["filename"], request.get_data())
    return "stored"
