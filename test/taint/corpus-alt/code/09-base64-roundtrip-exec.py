# case: vulnerable - a base64 parameter is decoded back to text and run with exec
import base64

from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    source = base64.b64decode(request.args["p"]).decode("utf-8")
    exec(source, {})  # expect: code-injection
    return "done"
