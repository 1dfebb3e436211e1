# case: vulnerable - a helper of the same module executes its parameter; a view passes a built query to it
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def run_query(sql):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(sql)  # expect: sql-injection
    return cur.fetchall()


@app.route("/products")
def products():
    color = request.args["color"]
    return {"products": run_query("SELECT name FROM products WHERE color = '" + color + "'")}
