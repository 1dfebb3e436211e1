# case: safe - the language must be one of the allowed constants
from flask import Flask, make_response, request

app = Flask(__name__)

LANGS = ("en", "fr", "de")


@app.route("/lang")
def lang():
    l = request.args["lang"]
    if l not in LANGS:
        l = "en"
    return make_response("ok", 200, {"Content-Language": l})  # sink
