# case: vulnerable - an uploaded file object is given to pickle.load
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_data():
    upload = request.files["data"]
    records = pickle.load(upload)  # expect: unsafe-deserialization
    return {"records": len(records)}
