# case: safe - the assignment of the input is under if 10 < 3, which never runs
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/features")
def features():
    document = "flags: []"
    if 10 < 3:
        document = request.args["doc"]
    return yaml.load(document, Loader=yaml.Loader)  # sink
