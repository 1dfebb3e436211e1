# case: vulnerable - a query value is formatted into sqlalchemy.text
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.route("/search")
def search():
    term = request.args.get("q", "")
    stmt = text("SELECT title FROM posts WHERE title LIKE '%{}%'".format(term))  # expect: sql-injection
    with engine.connect() as conn:
        return {"titles": [row[0] for row in conn.execute(stmt)]}
