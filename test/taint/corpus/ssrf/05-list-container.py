# case: vulnerable - URLs from getlist are collected in a list and each one is fetched in a loop
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/feeds")
def feeds():
    urls = []
    urls.extend(request.args.getlist("feed"))
    sizes = []
    for url in urls:
        sizes.append(len(requests.get(url, timeout=5).content))  # expect: ssrf
    return {"sizes": sizes}
