# case: safe - the lxml parser has entity resolution turned off
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    parser = etree.XMLParser(resolve_entities=False)
    return etree.fromstring(request.data, parser).tag  # sink
