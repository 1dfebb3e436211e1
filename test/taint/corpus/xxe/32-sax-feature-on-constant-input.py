# case: safe - external entities are on but the parser reads a constant string
import io
import xml.sax

from flask import Flask, request

app = Flask(__name__)


@app.route("/c")
def c():
    request.args.get("unused")
    reader = xml.sax.make_parser()
    reader.setFeature(xml.sax.handler.feature_external_ges, True)
    reader.parse(io.StringIO("<a>b</a>"))  # sink
    return "ok"
