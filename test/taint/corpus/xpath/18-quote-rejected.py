# case: safe - input with a quote is refused, so it cannot close the string literal
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/user2")
def user2():
    name = request.args["name"]
    if "'" in name:
        return "bad name", 400
    return str(tree.xpath(f"//user[@name='{name}']"))  # sink
