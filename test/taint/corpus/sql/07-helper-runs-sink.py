# case: vulnerable - a same-module helper executes its parameter as SQL, called with a built query
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def run_sql(sql):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(sql)  # expect: sql-injection
    return cur.fetchall()


@app.route("/count")
def count():
    table = request.args.get("table", "users")
    return {"rows": run_sql("SELECT COUNT(*) FROM " + table)}
