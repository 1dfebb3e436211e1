# case: safe - the data is overwritten with a constant document before parsing
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/o", methods=["POST"])
def o():
    data = request.data
    data = b"<ping/>"
    return etree.fromstring(data, etree.XMLParser(resolve_entities=True)).tag  # sink
