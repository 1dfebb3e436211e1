# case: safe - an entity-resolving parser reads a file the application ships
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/schema")
def schema():
    name = request.args.get("v", "1")
    with open("schemas/base.xsd", "rb") as f:
        return etree.fromstring(f.read(), etree.XMLParser(resolve_entities=True)).tag + name  # sink
