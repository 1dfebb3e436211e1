# case: safe - the view returns early unless the table name is in the allow-list
import sqlite3

from flask import Flask, request

app = Flask(__name__)
TABLES = ("users", "orders")


@app.route("/count")
def count():
    table = request.args.get("table", "")
    if table not in TABLES:
        return "unknown table", 400
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT COUNT(*) FROM " + table)  # sink
    return {"count": cur.fetchone()[0]}
