# case: safe - the expression is overwritten with a constant before it runs
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/o")
def o():
    xp = request.args.get("xp", "")
    xp = "//user/@name"
    return str(tree.xpath(xp))  # sink
