# case: vulnerable - pulldom reads the body with a parser that loads external entities
import xml.sax
from xml.dom import pulldom

from flask import Flask, request

app = Flask(__name__)


@app.route("/events", methods=["POST"])
def events():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, 1)
    stream = pulldom.parseString(request.get_data(as_text=True), parser=parser)  # expect: xxe
    return str(sum(1 for _ in stream))
