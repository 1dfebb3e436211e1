# case: safe - the standard library's ElementTree does not load external entities
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.route("/et", methods=["POST"])
def et():
    return ET.fromstring(request.data).tag  # sink
