from flask import Flask, request

from sessmod.state import put

app = Flask(__name__)


@app.route("/put")
def view():
    put("ref", request.args["ref"])
    return "ok"
