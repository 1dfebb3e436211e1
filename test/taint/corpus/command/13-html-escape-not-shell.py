# case: vulnerable - html.escape leaves shell metacharacters such as ; and $() intact
import html
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/banner")
def banner():
    text = html.escape(request.values.get("text", ""))
    os.system("figlet " + text)  # expect: command-injection
    return "ok"
