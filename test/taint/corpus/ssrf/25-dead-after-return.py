# case: safe - the requests.get call follows a return and never runs
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    return "fetching is disabled", 403
    requests.get(url, timeout=5)  # sink
