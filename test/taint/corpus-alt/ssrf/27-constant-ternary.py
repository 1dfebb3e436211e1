# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the URL is a constant
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/upstream")
def upstream():
    param = request.args.get("url", "")
    bar = "https://status.example.com/api" if 7 * 18 + 106 > 200 else param
    return requests.get(bar, timeout=5).text  # sink
