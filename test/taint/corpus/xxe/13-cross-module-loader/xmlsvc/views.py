from flask import Flask, request

from xmlsvc.loader import parse_document

app = Flask(__name__)


@app.route("/doc", methods=["POST"])
def doc():
    return parse_document(request.data).tag
