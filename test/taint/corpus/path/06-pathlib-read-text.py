# case: vulnerable - a header value builds a pathlib.Path whose text is read
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)


@app.route("/lang")
def lang():
    code = request.headers.get("X-Locale", "en").lower()
    return Path("/srv/i18n/" + code + ".json").read_text()  # expect: path-injection
