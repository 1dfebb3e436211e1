# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the loaded bytes are a constant
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/defaults")
def defaults():
    param = request.data
    bar = b"\x80\x04}\x94." if 7 * 18 + 106 > 200 else param
    return {"defaults": pickle.loads(bar)}  # sink
