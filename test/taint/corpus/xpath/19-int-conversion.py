# case: safe - only a number from the input reaches the expression
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/nth")
def nth():
    n = int(request.args["n"])
    return str(tree.xpath("//user[%d]/@name" % n))  # sink
