# case: vulnerable - a Flask route parameter is put into an f-string query
import sqlite3

from flask import Flask

app = Flask(__name__)


@app.route("/posts/<slug>")
def post(slug):
    conn = sqlite3.connect("blog.db")
    cur = conn.cursor()
    cur.execute(f"SELECT title, body FROM posts WHERE slug = '{slug}'")  # expect: sql-injection
    row = cur.fetchone()
    return {"title": row[0], "body": row[1]} if row else ("not found", 404)
