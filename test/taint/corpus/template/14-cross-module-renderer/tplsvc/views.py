from flask import Flask, request

from tplsvc.renderer import render_source

app = Flask(__name__)


@app.route("/render")
def render():
    return render_source(request.args["src"])
