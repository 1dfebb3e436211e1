# case: safe - the entity-resolving parser only reads a constant document
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

parser = etree.XMLParser(resolve_entities=True)


@app.route("/const")
def const():
    request.args.get("unused")
    return etree.fromstring(b"<config><mode>fast</mode></config>", parser).tag  # sink
