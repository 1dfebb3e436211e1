# case: safe - the price limit is converted with float() before it is put into the query
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/cheap")
def cheap():
    limit = float(request.args.get("max", "10"))
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute("SELECT name FROM products WHERE price < %f" % limit)  # sink
    return {"products": cur.fetchall()}
