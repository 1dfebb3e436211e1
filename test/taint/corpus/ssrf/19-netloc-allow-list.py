# case: safe - the URL is fetched only inside the branch where its netloc is an allowed host
from urllib.parse import urlparse

import requests

from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    if urlparse(url).netloc in ALLOWED_HOSTS:
        return requests.get(url, timeout=5).text  # sink
    return "host not allowed", 400
