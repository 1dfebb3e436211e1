# case: safe - the view returns early unless urlparse(url).netloc is one of ALLOWED_HOSTS
from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)

ALLOWED_HOSTS = {"api.github.com", "gitlab.com"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    if urlparse(url).netloc not in ALLOWED_HOSTS:
        return "host not allowed", 403
    return requests.get(url, timeout=5).text  # sink
