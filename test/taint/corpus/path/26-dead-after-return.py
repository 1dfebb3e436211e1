# case: safe - the os.remove call follows a return and never runs
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/delete", methods=["POST"])
def delete():
    target = request.form.get("path", "")
    return "deleting files is disabled", 403
    os.remove(target)  # sink
