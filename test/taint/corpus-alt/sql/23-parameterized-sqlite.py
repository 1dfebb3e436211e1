# case: safe - the query parameter is passed in the parameters argument, not in the SQL text
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (request.args["name"],))  # sink
    return {"users": cur.fetchall()}
