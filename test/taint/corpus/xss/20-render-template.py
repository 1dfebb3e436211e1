# case: safe - the input is passed to an autoescaping template as a variable
from flask import render_template
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    return render_template("hello.html", name=request.args["name"])  # sink
