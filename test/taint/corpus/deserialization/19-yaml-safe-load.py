# case: safe - yaml.safe_load builds only plain data
import yaml

from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    settings = yaml.safe_load(request.get_data())  # sink
    return {"settings": settings}
