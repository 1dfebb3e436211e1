# case: safe - the SQL comes from key 'a' of the dict, a constant; only key 'b' holds input
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/query")
def query():
    d = {"a": "SELECT * FROM settings", "b": request.args.get("sql", "")}
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(d["a"])  # sink
    return {"rows": cur.fetchall()}
