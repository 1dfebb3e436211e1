# case: safe - the variable holding the input is overwritten with a constant query before it is executed
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/stats")
def stats():
    sql = "SELECT COUNT(*) FROM visits WHERE page = '" + request.args.get("page", "/") + "'"
    sql = "SELECT COUNT(*) FROM visits"
    cur = sqlite3.connect("stats.db").cursor()
    cur.execute(sql)  # sink
    return {"visits": cur.fetchone()[0]}
