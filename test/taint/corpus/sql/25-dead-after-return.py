# case: safe - the execute call follows a return and never runs
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/purge", methods=["POST"])
def purge():
    table = request.form.get("table", "")
    return "disabled", 403
    sqlite3.connect("app.db").cursor().execute("DELETE FROM " + table)  # sink
