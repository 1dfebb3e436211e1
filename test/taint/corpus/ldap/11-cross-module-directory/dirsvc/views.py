from flask import Flask, request

from dirsvc.directory import search_person

app = Flask(__name__)


@app.route("/person")
def person():
    return str(search_person(request.args["q"]))
