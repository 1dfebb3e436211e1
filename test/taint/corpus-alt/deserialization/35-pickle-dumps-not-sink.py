# case: safe - the input is only serialized with pickle.dumps, which does not run code from it
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/snapshot")
def snapshot():
    payload = request.get_json()
    blob = pickle.dumps(payload)  # sink
    return {"size": len(blob)}
