# case: safe - a constant compiled XPath is called with the input as a variable
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")

BY_NAME = etree.XPath("//user[@name=$n]")


@app.route("/by-name")
def by_name():
    return str(BY_NAME(tree, n=request.args["name"]))  # sink
