# case: safe - the helper maps the input to one of two constant base URLs; only its result is fetched
import requests
from flask import Flask, request

app = Flask(__name__)


def region_url(region):
    if region == "eu":
        return "https://eu.api.example.com/v1/status"
    return "https://us.api.example.com/v1/status"


@app.route("/status")
def status():
    return requests.get(region_url(request.args.get("region", "us")), timeout=5).json()  # sink
