# case: vulnerable - a form field is parsed with yaml.unsafe_load
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines")
def create_pipeline():
    spec = yaml.unsafe_load(request.form["spec"])  # expect: unsafe-deserialization
    return {"steps": len(spec.get("steps", []))}
