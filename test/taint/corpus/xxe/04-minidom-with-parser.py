# case: vulnerable - minidom parses the body with a SAX parser that loads external entities
import xml.sax
from xml.dom import minidom

from flask import Flask, request

app = Flask(__name__)


@app.route("/dom", methods=["POST"])
def dom():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    document = minidom.parseString(request.data, parser)  # expect: xxe
    return document.documentElement.tagName
