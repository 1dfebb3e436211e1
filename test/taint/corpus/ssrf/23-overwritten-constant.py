# case: safe - the query value is overwritten with a constant before the request is sent
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    url = request.args.get("url", "")
    url = "https://example.com/ping"
    return {"status": requests.get(url, timeout=5).status_code}  # sink
