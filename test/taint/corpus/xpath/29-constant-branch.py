# case: safe - the branch that would take the input cannot run
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/c")
def c():
    xp = "//user/@name" if 2 + 2 == 4 else request.args["xp"]
    return str(tree.xpath(xp))  # sink
