# case: vulnerable - a where clause built from a query parameter is appended to a list and joined into the query
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tickets")
def tickets():
    clauses = []
    clauses.append("owner = '%s'" % request.args["owner"])
    clauses.insert(0, "closed = 0")
    cur = sqlite3.connect("tickets.db").cursor()
    cur.execute("SELECT id, title FROM tickets WHERE " + " AND ".join(clauses))  # expect: sql-injection
    return {"tickets": cur.fetchall()}
