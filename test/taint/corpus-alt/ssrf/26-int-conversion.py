# case: safe - the user id is converted with int() before it is put into the path of a constant host
import requests
from flask import Flask

app = Flask(__name__)


@app.route("/users/<user_id>")
def user(user_id):
    uid = int(user_id)
    return requests.get(f"https://accounts.example.com/api/users/{uid}", timeout=5).json()  # sink
