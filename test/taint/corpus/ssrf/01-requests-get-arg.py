# case: vulnerable - a query-string URL is fetched by requests.get
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    resp = requests.get(url, timeout=5)  # expect: ssrf
    return resp.text[:200]
