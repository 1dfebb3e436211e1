# case: safe - elementpath gets a constant path and the input as a variable
import xml.etree.ElementTree as ET

import elementpath

from flask import Flask, request

app = Flask(__name__)
doc = ET.parse("catalog.xml")


@app.route("/v")
def v():
    return str(elementpath.select(doc, "//book[@lang=$lang]", variables={"lang": request.args["lang"]}))  # sink
