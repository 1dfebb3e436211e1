# case: vulnerable - a helper of the same module builds the query from its parameter; the result is executed
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def query_by_name(name):
    return "SELECT id, name FROM customers WHERE name = '%s'" % name


@app.route("/customers")
def customers():
    cur = sqlite3.connect("crm.db").cursor()
    cur.execute(query_by_name(request.args["name"]))  # expect: sql-injection
    return {"customers": cur.fetchall()}
