# case: vulnerable - a query parameter is the URL of requests.request
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/relay", methods=["GET", "POST"])
def relay():
    target = request.args["to"]
    resp = requests.request("POST", target, data=request.get_data(), timeout=5)  # expect: ssrf
    return resp.content, resp.status_code
