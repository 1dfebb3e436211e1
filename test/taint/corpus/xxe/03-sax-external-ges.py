# case: vulnerable - a SAX parser with external general entities on parses an upload
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, request

app = Flask(__name__)


@app.route("/sax", methods=["POST"])
def sax():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(request.files["f"])  # expect: xxe
    return "ok"
