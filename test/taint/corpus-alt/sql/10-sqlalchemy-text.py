# case: vulnerable - a query parameter is concatenated into sqlalchemy.text
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    rows = db.session.execute(text("SELECT id, total FROM orders WHERE status = '" + status + "'"))  # expect: sql-injection
    return {"orders": [list(r) for r in rows]}
