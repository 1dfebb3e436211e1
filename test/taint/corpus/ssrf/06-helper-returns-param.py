# case: vulnerable - a same-module helper builds the URL from its parameter and returns it
import requests

from flask import Flask, request

app = Flask(__name__)


def service_url(host):
    return "http://" + host + ":8080/metrics"


@app.route("/metrics")
def metrics():
    return requests.get(service_url(request.args["host"]), timeout=5).text  # expect: ssrf
