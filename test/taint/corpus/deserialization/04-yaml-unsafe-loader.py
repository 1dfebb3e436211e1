# case: vulnerable - yaml.load with yaml.UnsafeLoader on a form field
import yaml

from flask import Flask, request

app = Flask(__name__)


@app.route("/pipeline", methods=["POST"])
def pipeline():
    spec = request.form["spec"]
    steps = yaml.load(spec, Loader=yaml.UnsafeLoader)  # expect: unsafe-deserialization
    return {"steps": len(steps)}
