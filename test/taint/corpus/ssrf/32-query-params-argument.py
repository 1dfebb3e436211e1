# case: safe - the input goes only into the params argument; the URL itself is a constant
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    return requests.get("https://search.example.com/api", params={"q": term}, timeout=5).text  # sink
