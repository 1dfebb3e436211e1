# case: vulnerable - an ElementTree findall path formatted with % from input
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/people")
def people():
    return str(root.findall(".//user[@name='%s']" % request.args["name"]))  # expect: xpath-injection
