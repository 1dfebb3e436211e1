# case: vulnerable - a same-module helper builds a WHERE clause from its parameter and returns it
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def where_clause(column, value):
    return " WHERE %s = '%s'" % (column, value)


@app.route("/products")
def products():
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute("SELECT * FROM products" + where_clause("category", request.args["c"]))  # expect: sql-injection
    return {"rows": cur.fetchall()}
