# case: safe - the ternary's condition is constantly true, so the SQL is a constant
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    param = request.args.get("q", "")
    bar = "SELECT * FROM users" if 7 * 18 + 106 > 200 else param
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(bar)  # sink
    return {"rows": cur.fetchall()}
