# case: vulnerable - a query parameter is the source of a jinja2.Template
import jinja2
from flask import Flask, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    return jinja2.Template(request.args["tpl"]).render()  # expect: template-injection
