# case: safe - the assignment from the request body sits under if 1 > 2, which never runs
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    param = request.get_data()
    blob = pickle.dumps([])
    if 1 > 2:
        blob = param
    return {"prefs": pickle.loads(blob)}  # sink
