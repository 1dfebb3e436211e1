# case: vulnerable - html.escape leaves ; | $( ) and backticks alone, so it does not make a shell command safe
import html
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/notes")
def add_note():
    note = html.escape(request.form["note"])
    os.system("echo " + note + " >> /srv/notes.txt")  # expect: command-injection
    return "saved"
