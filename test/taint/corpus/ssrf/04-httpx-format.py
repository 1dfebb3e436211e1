# case: vulnerable - a header value is formatted into the scheme and host of an httpx request
import httpx

from flask import Flask, request

app = Flask(__name__)


@app.route("/proxy")
def proxy():
    upstream = request.headers.get("X-Upstream", "")
    resp = httpx.get("{}/api/status".format(upstream))  # expect: ssrf
    return resp.text
