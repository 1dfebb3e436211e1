# case: safe - the input is only the JSON body of a request to a constant URL
import requests
from flask import Flask, request

app = Flask(__name__)
TICKETS_API = "https://support.example.com/api/tickets"


@app.post("/support")
def support():
    resp = requests.post(TICKETS_API, json={"comment": request.form["comment"]}, timeout=5)  # sink
    return {"ticket": resp.json().get("id")}
