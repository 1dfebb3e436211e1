# case: vulnerable - html.escape leaves an unquoted numeric context such as "1 OR 1=1" unchanged; it is no SQL sanitizer
import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/comments")
def comments():
    author_id = html.escape(request.args.get("author", "0"))
    cur = sqlite3.connect("blog.db").cursor()
    cur.execute("SELECT text FROM comments WHERE author_id = " + author_id)  # expect: sql-injection
    return {"rows": cur.fetchall()}
