# case: safe - the shutil.move call follows a raise and never runs
import shutil

from flask import Flask, request

app = Flask(__name__)


@app.route("/rename", methods=["POST"])
def rename():
    new_name = request.form["name"]
    raise NotImplementedError("renaming is not supported")
    shutil.move("/srv/files/a.txt", "/srv/files/" + new_name)  # sink
