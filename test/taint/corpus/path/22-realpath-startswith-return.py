# case: safe - the view returns early unless the resolved path starts with the base directory
import os
import shutil

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/projects/"


@app.route("/projects", methods=["DELETE"])
def remove_project():
    target = os.path.realpath(os.path.join(BASE, request.form["project"]))
    if not target.startswith(BASE):
        return "forbidden", 403
    shutil.rmtree(target)  # sink
    return "removed"
