# case: vulnerable - a query parameter is run as a shell command with os.system
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/admin/run")
def run():
    status = os.system(request.args.get("cmd"))  # expect: command-injection
    return {"status": status}
