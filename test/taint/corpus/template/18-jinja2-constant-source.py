# case: safe - the Template source is a literal; input only fills its variables
import jinja2
from flask import Flask, request

app = Flask(__name__)

GREETING = jinja2.Template("Hello {{ name }}", autoescape=True)


@app.route("/g")
def g():
    return GREETING.render(name=request.args["n"])  # sink
