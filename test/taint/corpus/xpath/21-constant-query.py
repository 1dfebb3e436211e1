# case: safe - the query is constant; the input filters the results in Python
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/active")
def active():
    users = tree.xpath("//user[@active='yes']")  # sink
    wanted = request.args.get("name")
    return str([u for u in users if u.get("name") == wanted])
