# case: vulnerable - the request body parsed by an lxml parser that resolves entities
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)  # expect: xxe
    return doc.tag
