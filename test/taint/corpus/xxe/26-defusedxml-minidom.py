# case: safe - defusedxml.minidom parses the body safely
from defusedxml import minidom

from flask import Flask, request

app = Flask(__name__)


@app.route("/m", methods=["POST"])
def m():
    return minidom.parseString(request.data).documentElement.tagName  # sink
