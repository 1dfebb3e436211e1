# case: vulnerable - a helper parses its argument with a module-level parser that resolves entities
from lxml import etree
from flask import Flask, request

app = Flask(__name__)

UNSAFE = etree.XMLParser(resolve_entities=True)


def load(data):
    return etree.fromstring(data, UNSAFE)  # expect: xxe


@app.route("/load", methods=["POST"])
def view():
    return load(request.data).tag
