# case: vulnerable - an ElementTree findtext path from form input
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/text", methods=["POST"])
def text():
    return root.findtext(".//entry[@key='" + request.form["key"] + "']") or ""  # expect: xpath-injection
