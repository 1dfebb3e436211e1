# case: vulnerable - an XPath object compiled from an expression built from input
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/item")
def item():
    find = etree.XPath("//item[@id='" + request.args["id"] + "']")  # expect: xpath-injection
    return str(find(tree))
