# case: safe - the dict holds the input under "label" but the fetched URL is the constant "url" slot
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/probe")
def probe():
    check = {"url": "https://api.example.com/health", "label": request.args["label"]}
    resp = requests.get(check["url"], timeout=5)  # sink
    return {check["label"]: resp.ok}
