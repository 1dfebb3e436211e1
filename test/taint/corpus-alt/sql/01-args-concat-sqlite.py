# case: vulnerable - a query parameter is concatenated into the SQL text given to cursor.execute
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '" + request.args["name"] + "'")  # expect: sql-injection
    return {"users": cur.fetchall()}
