# case: vulnerable - a URL-decoded query parameter is joined to the temp folder and unlinked
import os
from urllib.parse import unquote

from flask import Flask, request

app = Flask(__name__)
TMP_DIR = "/srv/tmp"


@app.post("/tmp/clean")
def clean():
    name = unquote(request.args["name"])
    os.unlink(os.path.join(TMP_DIR, name))  # expect: path-injection
    return "removed"
