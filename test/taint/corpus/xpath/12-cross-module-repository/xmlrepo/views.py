from flask import Flask, request

from xmlrepo.store import find_book

app = Flask(__name__)


@app.route("/book")
def book():
    return str(find_book(request.args["isbn"]))
