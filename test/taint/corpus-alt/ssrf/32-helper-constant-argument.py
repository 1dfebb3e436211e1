# case: safe - the helper that fetches its parameter is only called with a constant URL
import requests
from flask import Flask, request

app = Flask(__name__)


def fetch_json(url):
    return requests.get(url, timeout=5).json()  # sink


@app.route("/weather")
def weather():
    city = request.args.get("city", "Paris")
    data = fetch_json("https://weather.example.com/api/today")
    return {"city": city, "forecast": data.get(city)}
