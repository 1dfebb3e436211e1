# case: safe - the input is passed as an XPath variable, not pasted into the expression
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/user")
def user():
    return str(tree.xpath("//user[@name=$name]/email/text()", name=request.args["name"]))  # sink
