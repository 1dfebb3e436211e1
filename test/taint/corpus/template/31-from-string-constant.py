# case: safe - from_string compiles a constant; input is passed to render()
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)

env = Environment(autoescape=True)
CARD = env.from_string("<div>{{ title }}</div>")


@app.route("/card")
def card():
    return CARD.render(title=request.args["title"])  # sink
