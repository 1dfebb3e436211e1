# case: safe - the parse of input comes after return and never runs
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/off", methods=["POST"])
def off():
    return "disabled"
    return etree.fromstring(request.data, etree.XMLParser(resolve_entities=True)).tag  # sink
