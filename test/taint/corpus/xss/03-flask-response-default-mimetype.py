# case: vulnerable - a Response built from input keeps the default text/html mimetype
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return Response("<pre>%s</pre>" % request.args["msg"])  # expect: reflected-xss
