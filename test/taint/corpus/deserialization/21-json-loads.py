# case: safe - json.loads builds only plain data and is not a deserialization sink
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_state():
    state = json.loads(request.data)  # sink
    return {"keys": list(state)}
