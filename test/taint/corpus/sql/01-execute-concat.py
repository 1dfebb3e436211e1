# case: vulnerable - a query-string value is concatenated into the SQL passed to cursor.execute
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args.get("name", "")
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '" + name + "'")  # expect: sql-injection
    return {"rows": cur.fetchall()}
