# case: safe - the pickle comes from key 'a' of the dict, a constant; only key 'b' holds input
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/defaults", methods=["POST"])
def defaults():
    d = {"a": pickle.dumps({"lang": "en"}), "b": request.data}
    return {"defaults": pickle.loads(d["a"])}  # sink
