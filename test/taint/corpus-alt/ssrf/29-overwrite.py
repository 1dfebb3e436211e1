# case: safe - the variable holding the input is overwritten with a constant URL before the request
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/ping")
def ping():
    target = request.form.get("target", "")
    target = "https://uptime.example.com/ping"
    return {"ok": requests.post(target, timeout=5).ok}  # sink
