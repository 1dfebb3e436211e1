# case: vulnerable - a pathlib.Path built from a query parameter is read with read_text
import os
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
DOCS = "/srv/docs"


@app.route("/docs")
def docs():
    page = Path(os.path.join(DOCS, request.args["page"]))
    return page.read_text(encoding="utf-8")  # expect: path-injection
