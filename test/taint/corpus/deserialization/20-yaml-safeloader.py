# case: safe - yaml.load with yaml.SafeLoader builds only plain data
import yaml

from flask import Flask, request

app = Flask(__name__)


@app.route("/pipeline", methods=["POST"])
def pipeline():
    steps = yaml.load(request.form["spec"], Loader=yaml.SafeLoader)  # sink
    return {"steps": len(steps)}
