# case: safe - sqlalchemy.text holds a constant statement and the value is a bound parameter
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    stmt = text("SELECT title FROM posts WHERE title LIKE :term")  # sink
    with engine.connect() as conn:
        return {"titles": [row[0] for row in conn.execute(stmt, {"term": "%" + term + "%"})]}
