# case: safe - bleach.clean strips the markup that could run script
import bleach

from flask import Flask, request

app = Flask(__name__)


@app.route("/bio", methods=["POST"])
def bio():
    return "<div>" + bleach.clean(request.form["bio"]) + "</div>"  # sink
