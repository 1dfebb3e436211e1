# case: vulnerable - the table name from the query string is formatted into the SQL of executemany
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_rows():
    table = request.args.get("table", "contacts")
    rows = [(name,) for name in request.get_json()["names"]]
    conn = sqlite3.connect("crm.db")
    cur = conn.cursor()
    cur.executemany("INSERT INTO {} (name) VALUES (?)".format(table), rows)  # expect: sql-injection
    conn.commit()
    return {"inserted": len(rows)}
