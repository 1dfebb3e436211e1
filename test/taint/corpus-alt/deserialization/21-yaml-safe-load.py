# case: safe - yaml.safe_load builds only plain Python objects
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def upload_config():
    config = yaml.safe_load(request.get_data())  # sink
    return {"sections": list(config)}
