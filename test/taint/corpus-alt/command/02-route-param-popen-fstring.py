# case: vulnerable - a Flask route parameter is put into an f-string run by os.popen
import os

from flask import Flask

app = Flask(__name__)


@app.route("/dns/<host>")
def dns(host):
    output = os.popen(f"nslookup {host}").read()  # expect: command-injection
    return output, 200, {"Content-Type": "text/plain"}
