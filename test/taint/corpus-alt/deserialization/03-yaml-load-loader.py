# case: vulnerable - the request body is parsed with yaml.load and the full (unsafe) yaml.Loader
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def upload_config():
    config = yaml.load(request.get_data(), Loader=yaml.Loader)  # expect: unsafe-deserialization
    return {"sections": list(config)}
