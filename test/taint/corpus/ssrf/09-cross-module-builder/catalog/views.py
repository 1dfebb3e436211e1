# case: vulnerable - a helper of another module builds the URL from a query value; the view fetches it
import requests

from flask import Flask, request

from catalog.urls import image_url

app = Flask(__name__)


@app.route("/thumb")
def thumb():
    url = image_url(request.args["cdn"], "logo.png")
    return requests.get(url, timeout=5).content  # expect: ssrf
