# case: vulnerable - the raw request body is run as an SQL script
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/restore")
def restore():
    script = request.get_data(as_text=True)
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.executescript(script)  # expect: sql-injection
    return "restored"
