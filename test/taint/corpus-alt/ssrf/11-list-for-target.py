# case: vulnerable - a query parameter is appended to a list of mirrors and each is fetched in a for loop
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/mirrors/check")
def check_mirrors():
    mirrors = ["https://mirror1.example.org/ping"]
    mirrors.append(request.args["extra"])
    alive = 0
    for mirror in mirrors:
        if requests.head(mirror, timeout=3).ok:  # expect: ssrf
            alive += 1
    return {"alive": alive}
