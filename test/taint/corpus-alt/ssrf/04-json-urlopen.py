# case: vulnerable - a URL from the JSON body is opened with urllib.request.urlopen
import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.post("/feeds")
def add_feed():
    feed = request.get_json()["feed"]
    with urllib.request.urlopen(feed, timeout=10) as resp:  # expect: ssrf
        return {"bytes": len(resp.read())}
