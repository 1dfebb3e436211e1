# case: safe - the helper ignores its parameter and returns a constant pickle
import pickle

from flask import Flask, request

app = Flask(__name__)


def snapshot(_payload):
    return pickle.dumps({"version": 1})


@app.route("/snapshot", methods=["POST"])
def take_snapshot():
    return {"state": pickle.loads(snapshot(request.data))}  # sink
