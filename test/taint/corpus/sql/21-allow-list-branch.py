# case: safe - the sort column is used only inside the branch where it is one of the allowed columns
import sqlite3

from flask import Flask, request

app = Flask(__name__)
COLUMNS = {"name", "price", "created"}


@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    cur = sqlite3.connect("shop.db").cursor()
    if sort in COLUMNS:
        cur.execute("SELECT * FROM products ORDER BY " + sort)  # sink
        return {"rows": cur.fetchall()}
    return "bad sort column", 400
