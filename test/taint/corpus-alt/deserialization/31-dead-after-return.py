# case: safe - the body is unpickled after a return, so the code is never reached
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/legacy/import")
def legacy_import():
    blob = request.get_data()
    return "the pickle import was removed; send JSON to /import", 410
    return {"data": pickle.loads(blob)}  # sink
