# case: safe - the input is a template variable; the template source is constant
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hi")
def hi():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args["name"])  # sink
