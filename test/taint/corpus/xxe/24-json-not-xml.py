# case: safe - the body is read as JSON; no XML parser is involved
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/j", methods=["POST"])
def j():
    return str(json.loads(request.data)["name"])  # sink
