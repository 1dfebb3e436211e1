# case: vulnerable - request values give the host and port of the URL, built with str.format
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/metrics")
def metrics():
    host = request.values["host"]
    port = request.values.get("port", "9100")
    url = "http://{}:{}/metrics".format(host, port)
    return requests.get(url, timeout=5).text  # expect: ssrf
