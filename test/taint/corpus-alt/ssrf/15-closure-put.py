# case: vulnerable - a nested function uses the JSON URL it closes over with requests.put
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/sync")
def sync():
    target = request.json["target"]

    def push(doc):
        return requests.put(target, json=doc, timeout=5)  # expect: ssrf

    return {"status": push({"id": 1}).status_code}
