# case: safe - defusedxml refuses entity declarations
from defusedxml.ElementTree import fromstring

from flask import Flask, request

app = Flask(__name__)


@app.route("/d", methods=["POST"])
def d():
    return fromstring(request.data).tag  # sink
