# case: safe - lxml's default parser does not load external entities (lxml 5 and later)
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/plain", methods=["POST"])
def plain():
    return etree.fromstring(request.data).tag  # sink
