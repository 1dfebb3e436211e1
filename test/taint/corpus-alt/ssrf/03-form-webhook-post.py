# case: vulnerable - a form field is the callback URL posted to with requests.post
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/webhooks/test")
def test_webhook():
    callback = request.form["callback"].strip()
    resp = requests.post(callback, json={"event": "ping"}, timeout=5)  # expect: ssrf
    return {"delivered": resp.ok}
