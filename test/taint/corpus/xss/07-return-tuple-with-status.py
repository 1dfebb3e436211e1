# case: vulnerable - the body of a (body, status) tuple returned by a view is HTML built from input
from flask import Flask, request

app = Flask(__name__)


@app.route("/missing")
def missing():
    page = request.args.get("page", "")
    return "<p>No page called " + page + "</p>", 404  # expect: reflected-xss
