from flask import Flask, request

from rules.engine import matches

app = Flask(__name__)

ORDERS = [{"total": 120, "country": "FR"}, {"total": 15, "country": "DE"}]


@app.post("/orders/filter")
def filter_orders():
    rule = request.form["rule"]
    kept = []
    for order in ORDERS:
        if matches(rule, order):
            kept.append(order)
    return {"orders": kept}
