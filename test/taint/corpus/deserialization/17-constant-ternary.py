# case: safe - the ternary's condition is constantly true, so a constant pickle is loaded
import pickle

from flask import Flask, request

app = Flask(__name__)
DEFAULT = pickle.dumps({"theme": "light"})


@app.route("/prefs", methods=["POST"])
def prefs():
    param = request.data
    bar = DEFAULT if 7 * 18 + 106 > 200 else param
    return {"prefs": pickle.loads(bar)}  # sink
