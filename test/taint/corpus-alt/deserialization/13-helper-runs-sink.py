# case: vulnerable - a helper of the same module unpickles its parameter; a view passes the body to it
import pickle

from flask import Flask, request

app = Flask(__name__)


def restore(blob):
    return pickle.loads(blob)  # expect: unsafe-deserialization


@app.post("/snapshots")
def load_snapshot():
    snapshot = restore(request.get_data())
    return {"size": len(snapshot)}
