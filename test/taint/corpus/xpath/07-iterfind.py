# case: vulnerable - an ElementTree iterfind path built from input
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/tags")
def tags():
    tag = request.args["tag"]
    return str([e.text for e in root.iterfind(".//" + tag)])  # expect: xpath-injection
