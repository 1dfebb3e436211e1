# case: safe - a Flask URL parameter is parsed with yaml.load and yaml.SafeLoader
import yaml

from flask import Flask

app = Flask(__name__)


@app.route("/parse/<path:doc>")
def parse(doc):
    return {"doc": yaml.load(doc, Loader=yaml.SafeLoader)}  # sink
