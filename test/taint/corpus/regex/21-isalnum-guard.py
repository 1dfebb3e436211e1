# case: safe - letters and digits only: no pattern syntax can get in
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/word")
def word():
    w = request.args["w"]
    if not w.isalnum():
        return "bad", 400
    return str(len(re.findall(w, "a text with words")))  # sink
