# case: safe - the feed is opened only inside the branch where it is one of KNOWN_FEEDS
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)

KNOWN_FEEDS = {"https://blog.example.com/rss", "https://news.example.com/atom"}


@app.route("/feed")
def feed():
    url = request.args["url"]
    if url in KNOWN_FEEDS:
        with urlopen(url, timeout=10) as resp:  # sink
            return resp.read()
    return "unknown feed", 404
