# case: vulnerable - form input compiled by Environment.from_string
from jinja2 import Environment
from flask import Flask, request

app = Flask(__name__)

env = Environment(autoescape=True)


@app.route("/mail", methods=["POST"])
def mail():
    body = env.from_string(request.form["body"])  # expect: template-injection
    return body.render(user="x")
