# case: safe - findall with a constant path; the input is compared in Python
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/match")
def match():
    name = request.args["name"]
    return str([u for u in root.findall(".//user") if u.get("name") == name])  # sink
