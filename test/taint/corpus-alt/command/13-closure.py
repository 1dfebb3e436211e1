# case: vulnerable - a nested function uses the form field it closes over in an os.system command
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/deploy")
def deploy():
    branch = request.form["branch"]

    def checkout():
        return os.system("git -C /srv/site checkout " + branch)  # expect: command-injection

    return {"exit": checkout()}
