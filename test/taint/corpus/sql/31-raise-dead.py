# case: safe - the execute call follows a raise and never runs
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/drop", methods=["POST"])
def drop():
    table = request.form["table"]
    raise PermissionError("dropping tables is disabled")
    sqlite3.connect("app.db").cursor().execute("DROP TABLE " + table)  # sink
