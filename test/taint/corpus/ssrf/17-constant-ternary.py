# case: safe - the ternary's condition is constantly true, so the URL is a constant
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/status")
def status():
    param = request.args.get("url", "")
    bar = "https://status.example.com/api" if 7 * 18 + 106 > 200 else param
    return requests.get(bar, timeout=5).text  # sink
