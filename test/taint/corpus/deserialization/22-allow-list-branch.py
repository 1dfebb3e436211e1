# case: safe - the shelf name is used only inside the branch where it is one of the allowed names
import shelve

from flask import Flask, request

app = Flask(__name__)
SHELVES = {"cache", "sessions"}


@app.route("/shelf")
def shelf():
    name = request.args.get("name", "cache")
    if name in SHELVES:
        with shelve.open("/srv/shelves/" + name) as db:  # sink
            return {"keys": list(db.keys())}
    return "unknown shelf", 404
