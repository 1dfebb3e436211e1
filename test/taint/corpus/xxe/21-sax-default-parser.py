# case: safe - a SAX parser with Python's defaults does not load external entities
import xml.sax

from flask import Flask, request

app = Flask(__name__)


@app.route("/sax2", methods=["POST"])
def sax2():
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.ContentHandler())
    parser.parse(request.files["f"])  # sink
    return "ok"
