# case: safe - markupsafe.escape turns the input into harmless text
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/c")
def comment():
    return "<p>" + escape(request.form["comment"]) + "</p>"  # sink
