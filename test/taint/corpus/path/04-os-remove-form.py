# case: vulnerable - a form field names the file that os.remove deletes
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/delete", methods=["POST"])
def delete():
    target = request.form["path"].strip()
    os.remove("/srv/uploads/" + target)  # expect: path-injection
    return "deleted"
