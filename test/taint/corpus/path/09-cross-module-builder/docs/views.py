# case: vulnerable - a helper of another module builds the path from a URL parameter; the view opens it
import io

from flask import Flask

from docs.paths import page_path

app = Flask(__name__)


@app.route("/docs/<path:slug>")
def page(slug):
    with io.open(page_path(slug), encoding="utf-8") as f:  # expect: path-injection
        return f.read()
