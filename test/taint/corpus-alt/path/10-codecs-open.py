# case: vulnerable - a request value is opened with codecs.open
import codecs

from flask import Flask, request

app = Flask(__name__)


@app.route("/template")
def template():
    path = "/srv/templates/" + request.values["template"]
    with codecs.open(path, encoding="utf-8") as fh:  # expect: path-injection
        return fh.read()
