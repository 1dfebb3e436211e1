# case: safe - the path comes from key 'a' of the dict, a constant; only key 'b' holds input
from flask import Flask, request

app = Flask(__name__)


@app.route("/config")
def config():
    d = {"a": "/srv/app/config.json", "b": request.args.get("path", "")}
    with open(d["a"]) as f:  # sink
        return f.read()
