# case: safe - int() leaves only a number in the URL's path on a fixed host
import requests

from flask import Flask, request

app = Flask(__name__)


@app.route("/item")
def item():
    item_id = int(request.args.get("id", "0"))
    return requests.get("https://api.example.com/items/%d" % item_id, timeout=5).text  # sink
