# case: vulnerable - a Flask URL parameter of the route is interpolated into a shell command
import os

from flask import Flask

app = Flask(__name__)


@app.route("/logs/<service>")
def logs(service):
    return os.popen("journalctl -n 50 -u %s" % service).read()  # expect: command-injection
