# case: vulnerable - the raw request body is unpickled
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/state")
def load_state():
    state = pickle.loads(request.data)  # expect: unsafe-deserialization
    return {"keys": sorted(state)}
