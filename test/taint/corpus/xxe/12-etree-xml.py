# case: vulnerable - etree.XML with an entity-resolving parser on form input
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/x", methods=["POST"])
def x():
    return etree.XML(request.form["xml"], etree.XMLParser(resolve_entities=True)).tag  # expect: xxe
