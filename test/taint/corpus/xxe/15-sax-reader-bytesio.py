# case: vulnerable - a SAX reader with external entities on parses the body from a BytesIO
import io
import xml.sax

from flask import Flask, request

app = Flask(__name__)


@app.route("/r", methods=["POST"])
def r():
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_ges, True)
    reader.parse(io.BytesIO(request.data))  # expect: xxe
    return "ok"
