# case: safe - the input is only a query parameter (params=) of a request to a constant URL
import requests
from flask import Flask, request

app = Flask(__name__)
SEARCH_API = "https://search.example.com/v1/query"


@app.route("/search")
def search():
    resp = requests.get(SEARCH_API, params={"q": request.args["q"]}, timeout=5)  # sink
    return resp.json()
