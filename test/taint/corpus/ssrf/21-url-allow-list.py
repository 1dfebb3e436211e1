# case: safe - the URL is fetched only inside the branch where it is one of the allowed URLs
import httpx

from flask import Flask, request

app = Flask(__name__)
FEEDS = {"https://news.example.com/rss", "https://blog.example.com/atom"}


@app.route("/feed")
def feed():
    url = request.args.get("feed", "")
    if url in FEEDS:
        return httpx.get(url).text  # sink
    return "unknown feed", 404
