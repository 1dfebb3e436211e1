# case: vulnerable - a helper of the same module builds the URL from its parameter; the result is fetched
import requests
from flask import Flask, request

app = Flask(__name__)


def ping_url(base):
    return base.rstrip("/") + "/v2/ping"


@app.route("/ping")
def ping():
    resp = requests.get(ping_url(request.args["base"]), timeout=5)  # expect: ssrf
    return {"ok": resp.ok}
