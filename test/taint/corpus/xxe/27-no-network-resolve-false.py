# case: safe - resolve_entities=False with no_network=True
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

SAFE = etree.XMLParser(resolve_entities=False, no_network=True)


@app.route("/s", methods=["POST"])
def s():
    return etree.fromstring(request.data, SAFE).tag  # sink
