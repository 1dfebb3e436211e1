# case: vulnerable - an ETXPath expression compiled from input
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/ns")
def ns():
    path = etree.ETXPath("//{urn:items}item[@code='" + request.args["code"] + "']")  # expect: xpath-injection
    return str(path(tree))
