# case: vulnerable - a query parameter is opened as a file path
from flask import Flask, request

app = Flask(__name__)


@app.route("/view")
def view():
    with open(request.args["path"]) as fh:  # expect: path-injection
        return fh.read()
