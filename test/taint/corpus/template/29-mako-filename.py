# case: safe - a Mako template loaded from a constant file; input is a variable
from mako.template import Template
from flask import Flask, request

app = Flask(__name__)


@app.route("/m")
def m():
    return Template(filename="templates/page.mako").render(name=request.args["n"])  # sink
