# case: safe - the helper that unpickles its parameter is only called with a constant; the body goes to json
import json
import pickle

from flask import Flask, request

app = Flask(__name__)
DEFAULT_STATE = b"\x80\x04}\x94."


def restore(blob):
    return pickle.loads(blob)  # sink


@app.post("/state")
def state():
    update = json.loads(request.get_data())
    current = restore(DEFAULT_STATE)
    current.update(update)
    return current
