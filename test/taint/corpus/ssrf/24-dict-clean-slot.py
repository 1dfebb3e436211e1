# case: safe - the URL comes from key 'a' of the dict, a constant; only key 'b' holds input
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/sync")
def sync():
    d = {"a": "https://api.example.com/sync", "b": request.args.get("url", "")}
    return requests.get(d["a"], timeout=5).text  # sink
