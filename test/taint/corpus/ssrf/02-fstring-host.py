# case: vulnerable - a form field is the host of the URL built with an f-string
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/health", methods=["POST"])
def health():
    host = request.form["host"]
    resp = requests.post(f"http://{host}/health", timeout=5)  # expect: ssrf
    return {"status": resp.status_code}
