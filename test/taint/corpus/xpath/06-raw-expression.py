# case: vulnerable - the whole XPath expression is a query parameter
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/raw")
def raw():
    return str(tree.xpath(request.args["xp"]))  # expect: xpath-injection
