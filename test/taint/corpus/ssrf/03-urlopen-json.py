# case: vulnerable - a JSON field is the URL opened by urllib.request.urlopen
import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    target = request.get_json()["callback"]
    with urllib.request.urlopen(target, timeout=5) as resp:  # expect: ssrf
        return {"status": resp.status}
