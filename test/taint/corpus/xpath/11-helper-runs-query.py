# case: vulnerable - a helper runs an XPath built from its parameter; the view passes input
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


def emails_of(name):
    return tree.xpath("//user[@name='" + name + "']/email/text()")  # expect: xpath-injection


@app.route("/emails")
def emails():
    return str(emails_of(request.args["name"]))
