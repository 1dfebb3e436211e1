# case: vulnerable - a same-module helper fetches its parameter, called with a cookie value
import requests

from flask import Flask, request

app = Flask(__name__)


def fetch(url):
    return requests.request("GET", url, timeout=5)  # expect: ssrf


@app.route("/avatar")
def avatar():
    return fetch(request.cookies.get("avatar_url", "")).content
