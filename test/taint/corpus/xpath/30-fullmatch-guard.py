# case: safe - the value must fully match a pattern of safe characters
import re
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/sku")
def sku():
    s = request.args["sku"]
    if not re.fullmatch(r"[A-Z0-9-]+", s):
        return "bad sku", 400
    return str(tree.xpath("//part[@sku='%s']" % s))  # sink
