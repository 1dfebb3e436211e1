# case: safe - the request body is overwritten with a constant pickle before it is loaded
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/reset", methods=["POST"])
def reset():
    blob = request.data
    blob = pickle.dumps({"counter": 0})
    return {"state": pickle.loads(blob)}  # sink
