# case: safe - the invoice id is converted with int() before it is put into the query
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/invoice")
def invoice():
    invoice_id = int(request.args["id"])
    cur = sqlite3.connect("billing.db").cursor()
    cur.execute(f"SELECT * FROM invoices WHERE id = {invoice_id}")  # sink
    return {"invoice": cur.fetchone()}
