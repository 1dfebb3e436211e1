# case: safe - the query with input comes after return and never runs
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/off")
def off():
    return "search disabled"
    return str(tree.xpath("//user[@name='" + request.args["n"] + "']"))  # sink
