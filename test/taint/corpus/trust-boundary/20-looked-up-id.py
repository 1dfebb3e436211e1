# case: safe - the stored value comes from a lookup by a number, not from the request
from flask import Flask, request, session

app = Flask(__name__)

USERS = {1: "ana", 2: "bo"}


@app.route("/login")
def login():
    uid = int(request.form["uid"])
    session["user"] = USERS.get(uid, "guest")  # sink
    return "ok"
