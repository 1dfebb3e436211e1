# case: safe - the input only chooses among constant values
from flask import Flask, request, session

app = Flask(__name__)

LANGS = {"en": "English", "fr": "Français"}


@app.route("/lang")
def lang():
    session["lang"] = LANGS.get(request.args["l"], "English")  # sink
    return "ok"
