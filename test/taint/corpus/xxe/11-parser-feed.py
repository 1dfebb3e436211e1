# case: vulnerable - the body is fed to an lxml parser that resolves entities
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/feed", methods=["POST"])
def feed():
    parser = etree.XMLParser(resolve_entities=True)
    parser.feed(request.data)  # expect: xxe
    return parser.close().tag
