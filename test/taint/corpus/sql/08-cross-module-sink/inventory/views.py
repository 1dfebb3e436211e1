from flask import Flask, request

from inventory.db import run_query

app = Flask(__name__)


@app.route("/items")
def items():
    sku = request.args["sku"]
    return {"rows": run_query("SELECT * FROM items WHERE sku = '" + sku + "'")}
