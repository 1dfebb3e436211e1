# case: safe - the value is passed as a query parameter, not in the SQL text
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args.get("name", "")
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))  # sink
    return {"rows": cur.fetchall()}
