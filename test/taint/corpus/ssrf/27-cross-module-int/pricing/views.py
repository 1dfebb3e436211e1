# case: safe - a helper of another module puts only int() of the value into a URL on a fixed host
import requests

from flask import Flask, request

from pricing.urls import price_url

app = Flask(__name__)


@app.route("/price")
def price():
    return requests.get(price_url(request.args["item"]), timeout=5).text  # sink
