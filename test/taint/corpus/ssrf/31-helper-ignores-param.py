# case: safe - the helper ignores its parameter and returns a constant URL
import requests

from flask import Flask, request

app = Flask(__name__)


def endpoint_for(_tenant):
    return "https://api.example.com/v1/status"


@app.route("/tenant-status")
def tenant_status():
    return requests.get(endpoint_for(request.args.get("tenant", "")), timeout=5).text  # sink
