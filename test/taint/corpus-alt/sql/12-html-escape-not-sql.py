# case: vulnerable - html.escape leaves "1 OR 1=1" unchanged, so it does not protect an unquoted SQL value
import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/invoice")
def invoice():
    invoice_id = html.escape(request.args["id"])
    cur = sqlite3.connect("billing.db").cursor()
    cur.execute("SELECT * FROM invoices WHERE id = " + invoice_id)  # expect: sql-injection
    return {"invoice": cur.fetchone()}
