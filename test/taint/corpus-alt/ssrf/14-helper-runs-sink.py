# case: vulnerable - a helper of the same module fetches its parameter; a view passes a header to it
import requests
from flask import Flask, request

app = Flask(__name__)


def fetch_text(url):
    return requests.get(url, timeout=5).text  # expect: ssrf


@app.route("/avatar")
def avatar():
    return fetch_text(request.headers["X-Avatar-Url"])
