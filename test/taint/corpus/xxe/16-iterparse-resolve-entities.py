# case: vulnerable - iterparse of an upload with resolve_entities=True
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/big", methods=["POST"])
def big():
    count = 0
    for _event, _el in etree.iterparse(request.files["f"], resolve_entities=True):  # expect: xxe
        count += 1
    return str(count)
