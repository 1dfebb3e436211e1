# case: vulnerable - an uploaded file parsed with an inline parser that resolves entities
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    tree = etree.parse(request.files["doc"], parser=etree.XMLParser(resolve_entities=True, no_network=False))  # expect: xxe
    return tree.getroot().tag
