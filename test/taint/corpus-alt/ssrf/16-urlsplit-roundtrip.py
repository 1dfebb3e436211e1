# case: vulnerable - the URL goes through urlsplit and urlunsplit unchanged (no check), then is fetched
from urllib.parse import urlsplit, urlunsplit

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/unfurl")
def unfurl():
    parts = urlsplit(request.args["link"])
    url = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
    return {"title": requests.get(url, timeout=5).text[:80]}  # expect: ssrf
