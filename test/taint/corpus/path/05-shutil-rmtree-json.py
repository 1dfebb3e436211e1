# case: vulnerable - a JSON field held in a tuple names the directory that shutil.rmtree removes
import shutil

from flask import Flask, request

app = Flask(__name__)


@app.route("/projects", methods=["DELETE"])
def remove_project():
    payload = request.get_json()
    paths = ("/srv/projects/" + payload["project"],)
    shutil.rmtree(paths[0])  # expect: path-injection
    return "removed"
