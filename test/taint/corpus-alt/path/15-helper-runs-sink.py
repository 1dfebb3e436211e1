# case: vulnerable - a helper of the same module opens its parameter; a view passes a cookie to it
from flask import Flask, request

app = Flask(__name__)


def read_text(path):
    with open(path, encoding="utf-8") as fh:  # expect: path-injection
        return fh.read()


@app.route("/theme.css")
def theme():
    return read_text("/srv/themes/" + request.cookies.get("theme", "default") + ".css")
