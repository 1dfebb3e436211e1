# case: safe - the dict holds the input under "note" but the executed SQL is the constant "sql" slot
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/exports")
def export():
    job = {"sql": "SELECT id, total FROM orders", "note": request.form["note"]}
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute(job["sql"])  # sink
    return {"note": job["note"], "rows": cur.fetchall()}
