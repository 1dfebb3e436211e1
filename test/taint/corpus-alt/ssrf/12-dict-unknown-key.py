# case: vulnerable - the input is stored under a key chosen by the client, so any slot (even "primary") may hold it
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/endpoints")
def update_endpoint():
    endpoints = {"primary": "https://api.example.com/v1/ping"}
    endpoints[request.form["name"]] = request.form["url"]
    resp = requests.get(endpoints["primary"], timeout=5)  # expect: ssrf
    return {"primary_ok": resp.ok}
