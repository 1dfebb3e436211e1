# case: safe - int() leaves only a number in the SQL
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/order/<order_id>")
def order(order_id):
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute("SELECT * FROM orders WHERE id = %d" % int(order_id))  # sink
    return {"order": cur.fetchone()}
