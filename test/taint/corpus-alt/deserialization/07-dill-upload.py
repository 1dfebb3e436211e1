# case: vulnerable - an uploaded file's bytes are loaded with dill
import dill
from flask import Flask, request

app = Flask(__name__)


@app.post("/models")
def upload_model():
    blob = request.files["model"].read()
    model = dill.loads(blob)  # expect: unsafe-deserialization
    return {"type": type(model).__name__}
