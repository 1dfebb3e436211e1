# case: safe - the SQL built from input is overwritten with a constant before it runs
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/recent")
def recent():
    sql = "SELECT * FROM posts WHERE tag = '" + request.args.get("tag", "") + "'"
    sql = "SELECT * FROM posts ORDER BY created DESC LIMIT 10"
    cur = sqlite3.connect("blog.db").cursor()
    cur.execute(sql)  # sink
    return {"rows": cur.fetchall()}
