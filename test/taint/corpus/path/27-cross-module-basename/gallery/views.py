# case: safe - a helper of another module returns os.path.basename of the value before it is opened
import os

from flask import Flask, request

from gallery.names import safe_name

app = Flask(__name__)


@app.route("/image")
def image():
    with open(os.path.join("/srv/gallery", safe_name(request.args["img"])), "rb") as f:  # sink
        return f.read()
