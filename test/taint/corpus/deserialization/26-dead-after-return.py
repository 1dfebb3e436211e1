# case: safe - the pickle.loads call follows a return and never runs
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/legacy", methods=["POST"])
def legacy():
    payload = request.data
    return "the pickle endpoint is gone", 410
    pickle.loads(payload)  # sink
