# case: vulnerable - a Flask URL parameter is the directory that os.listdir lists
import os

from flask import Flask

app = Flask(__name__)


@app.route("/browse/<path:folder>")
def browse(folder):
    return {"entries": os.listdir("/srv/share/" + folder)}  # expect: path-injection
