# case: safe - the redirect happens only in the branch where the host is allowed
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = ("example.com",)


@app.route("/x")
def x():
    url = request.args.get("u", "")
    if urlparse(url).netloc in ALLOWED_HOSTS:
        return redirect(url)  # sink
    return redirect("/")
