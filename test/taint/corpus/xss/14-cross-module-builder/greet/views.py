# case: vulnerable - a helper of another module builds the HTML that the view returns
from flask import Flask, request

from greet.markup import paragraph

app = Flask(__name__)


@app.route("/p")
def para():
    return paragraph(request.args["t"])  # expect: reflected-xss
