# case: vulnerable - a helper of another module builds the SQL from a query value; the view executes it
import sqlite3

from flask import Flask, request

from reports.queries import order_by

app = Flask(__name__)


@app.route("/sales")
def sales():
    cur = sqlite3.connect("reports.db").cursor()
    cur.execute(order_by(request.args.get("sort", "date")))  # expect: sql-injection
    return {"rows": cur.fetchall()}
