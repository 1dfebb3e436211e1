# case: vulnerable - a Flask route parameter is the host of the fetched URL
import requests
from flask import Flask

app = Flask(__name__)


@app.route("/health/<host>")
def health(host):
    resp = requests.get(f"http://{host}/healthz", timeout=3)  # expect: ssrf
    return {"healthy": resp.ok}
