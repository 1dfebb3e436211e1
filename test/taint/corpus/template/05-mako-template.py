# case: vulnerable - a query parameter is the text of a Mako Template
from mako.template import Template
from flask import Flask, request

app = Flask(__name__)


@app.route("/m")
def mako_page():
    return Template(text=request.args["t"]).render()  # expect: template-injection
