# case: vulnerable - a query parameter appended to a list, joined with spaces and run with shell=True
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    parts = ["grep", "-rn"]
    parts.append(request.args["q"])
    parts.append("/srv/docs")
    result = subprocess.call(" ".join(parts), shell=True)  # expect: command-injection
    return {"found": result == 0}
