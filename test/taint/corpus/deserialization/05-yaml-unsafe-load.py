# case: vulnerable - yaml.unsafe_load on a JSON field
import yaml

from flask import Flask, request

app = Flask(__name__)


@app.route("/manifest", methods=["POST"])
def manifest():
    text = request.get_json()["manifest"]
    return {"manifest": yaml.unsafe_load(text)}  # expect: unsafe-deserialization
