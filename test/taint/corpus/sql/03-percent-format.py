# case: vulnerable - a JSON field is %-formatted into the SQL string, not passed as a parameter
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/orders", methods=["POST"])
def orders():
    status = request.get_json()["status"]
    cur = sqlite3.connect("shop.db").cursor()
    sql = "SELECT * FROM orders WHERE status = '%s'" % status
    cur.execute(sql)  # expect: sql-injection
    return {"orders": cur.fetchall()}
