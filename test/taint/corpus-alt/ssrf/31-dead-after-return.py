# case: safe - the request is made after a return, so the code is never reached
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/legacy/fetch")
def legacy_fetch():
    url = request.args["url"]
    return "the fetch endpoint was removed", 410
    return requests.get(url, timeout=5).text  # sink
