# case: safe - the shelve file is opened only inside the branch where its name is one of PROFILES
import shelve

from flask import Flask, request

app = Flask(__name__)

PROFILES = {"default", "compact", "wide"}


@app.route("/profile")
def profile():
    name = request.args.get("name", "default")
    if name in PROFILES:
        with shelve.open(f"/srv/profiles/{name}") as db:  # sink
            return dict(db)
    return "unknown profile", 404
