# case: safe - anything but letters and digits is refused
import xml.etree.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)
root = ET.parse("users.xml").getroot()


@app.route("/code")
def code():
    c = request.args["c"]
    if not c.isalnum():
        return "bad", 400
    return str(root.find(".//item[@code='" + c + "']"))  # sink
