from flask import Flask, request

from rxsvc.search import grep

app = Flask(__name__)


@app.route("/g")
def g():
    return str(grep(request.args["expr"]))
