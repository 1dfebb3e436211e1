# case: safe - the assignment from the query string sits under if 1 > 2, which never runs
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    param = request.args.get("url", "")
    url = "https://status.example.com/api"
    if 1 > 2:
        url = param
    return requests.get(url, timeout=5).text  # sink
