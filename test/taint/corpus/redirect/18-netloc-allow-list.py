# case: safe - the target is refused unless its netloc is an allowed host
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED = {"example.com", "www.example.com"}


@app.route("/out")
def out():
    url = request.args["url"]
    if urlparse(url).netloc not in ALLOWED:
        abort(400)
    return redirect(url)  # sink
