# case: safe - the variable holding the body is overwritten with a constant pickle before it is loaded
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/reset")
def reset():
    blob = request.get_data()
    blob = b"\x80\x04]\x94."
    state = pickle.loads(blob)  # sink
    return {"state": state}
