# case: vulnerable - an uploaded file is parsed with yaml.load_all and yaml.UnsafeLoader
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/manifests")
def manifests():
    text = request.files["manifest"].read().decode("utf-8")
    documents = list(yaml.load_all(text, Loader=yaml.UnsafeLoader))  # expect: unsafe-deserialization
    return {"documents": len(documents)}
