# case: vulnerable - an ElementTree find path built with str.format
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/one")
def one():
    node = root.find(".//user[@id='{}']".format(request.args["id"]))  # expect: xpath-injection
    return "" if node is None else node.text
