# case: vulnerable - a Flask URL parameter is concatenated into the SQL
import sqlite3

from flask import Flask

app = Flask(__name__)


@app.route("/posts/<slug>")
def post(slug):
    cur = sqlite3.connect("blog.db").cursor()
    cur.execute("SELECT body FROM posts WHERE slug = '" + slug + "'")  # expect: sql-injection
    return {"post": cur.fetchone()}
