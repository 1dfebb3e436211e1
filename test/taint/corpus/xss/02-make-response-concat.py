# case: vulnerable - form input concatenated into the body of make_response
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/comment", methods=["POST"])
def comment():
    body = "<p>" + request.form["comment"] + "</p>"
    return make_response(body)  # expect: reflected-xss
