# case: safe - the assignment from the query string sits under if 1 > 2, which never runs
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    param = request.args.get("q", "")
    sql = "SELECT * FROM users"
    if 1 > 2:
        sql = "SELECT * FROM users WHERE name = '" + param + "'"
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(sql)  # sink
    return {"rows": cur.fetchall()}
