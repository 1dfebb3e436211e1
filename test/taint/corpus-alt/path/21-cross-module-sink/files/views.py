from flask import Flask

from files.storage import load

app = Flask(__name__)


@app.route("/blobs/<name>")
def blob(name):
    return load(name)
