# case: safe - templates come from the loader; input only fills them
from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)

env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


@app.route("/p")
def page():
    return env.get_template("page.html").render(user=request.args["u"])  # sink
