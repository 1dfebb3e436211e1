# case: vulnerable - one value is escaped but another, raw, is returned with it
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/pair")
def pair():
    title = html.escape(request.args["title"])
    note = request.args["note"]
    return "<h1>" + title + "</h1><p>" + note + "</p>"  # expect: reflected-xss
