# case: safe - xmltodict disables entities by default
import xmltodict

from flask import Flask, request

app = Flask(__name__)


@app.route("/t", methods=["POST"])
def t():
    return str(xmltodict.parse(request.data))  # sink
