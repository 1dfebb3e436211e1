# case: safe - the view returns early unless the URL's hostname is an allowed host
from urllib.parse import urlparse

import requests

from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = ("hooks.example.com",)


@app.route("/hooks/test", methods=["POST"])
def test_hook():
    url = request.form["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "host not allowed", 400
    return {"status": requests.post(url, timeout=5).status_code}  # sink
