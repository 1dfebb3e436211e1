# case: safe - the element name must be one of the allowed constants
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()

FIELDS = ("email", "phone", "office")


@app.route("/field")
def field():
    f = request.args["f"]
    if f in FIELDS:
        return str([e.text for e in root.findall(".//" + f)])  # sink
    return "unknown field", 400
