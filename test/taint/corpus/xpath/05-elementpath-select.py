# case: vulnerable - an elementpath query taken from the request
import xml.etree.ElementTree as ET

import elementpath

from flask import Flask, request

app = Flask(__name__)
doc = ET.parse("catalog.xml")


@app.route("/q")
def q():
    return str(elementpath.select(doc, request.args["path"]))  # expect: xpath-injection
