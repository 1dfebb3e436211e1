# case: vulnerable - a query parameter formatted into an lxml xpath() expression
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/user")
def user():
    name = request.args["name"]
    return str(tree.xpath(f"//user[@name='{name}']/email/text()"))  # expect: xpath-injection
