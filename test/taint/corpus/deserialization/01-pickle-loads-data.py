# case: vulnerable - the raw request body is unpickled
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_state():
    state = pickle.loads(request.data)  # expect: unsafe-deserialization
    return {"keys": list(state)}
