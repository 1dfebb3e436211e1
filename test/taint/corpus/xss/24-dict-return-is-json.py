# case: safe - a dict returned by a Flask view is sent as JSON
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/user")
def user():
    return {"name": request.args["name"]}  # sink
