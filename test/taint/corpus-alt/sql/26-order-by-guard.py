# case: safe - the sort column is put into the query only inside the branch where it is one of SORTABLE
import sqlite3

from flask import Flask, request

app = Flask(__name__)

SORTABLE = {"name", "created", "price"}


@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    cur = sqlite3.connect("shop.db").cursor()
    if sort in SORTABLE:
        cur.execute("SELECT id, name FROM products ORDER BY " + sort)  # sink
        return {"products": cur.fetchall()}
    return "bad sort column", 400
