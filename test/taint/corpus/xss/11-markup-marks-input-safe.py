# case: vulnerable - Markup() marks raw input as safe HTML instead of escaping it
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/sig")
def signature():
    sig = request.args.get("sig", "")
    return Markup("<i>" + sig + "</i>")  # expect: reflected-xss
