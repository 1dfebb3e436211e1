# case: safe - the dict holds the body under "body" but the unpickled bytes are the constant "state" slot
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/echo")
def echo():
    message = {"state": b"\x80\x04]\x94.", "body": request.get_data()}
    state = pickle.loads(message["state"])  # sink
    return {"state": state, "size": len(message["body"])}
