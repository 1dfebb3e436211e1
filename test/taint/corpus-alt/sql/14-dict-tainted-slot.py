# case: vulnerable - the dict slot holding the query parameter is read into the WHERE clause
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/report")
def report():
    query = {"table": "sales", "where": request.args["where"]}
    cur = sqlite3.connect("reports.db").cursor()
    cur.execute(f"SELECT * FROM {query['table']} WHERE {query['where']}")  # expect: sql-injection
    return {"rows": cur.fetchall()}
