# case: safe - the helper maps the input to one of two constant ORDER BY clauses; only its result is used
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def order_clause(direction):
    if direction == "desc":
        return "ORDER BY created DESC"
    return "ORDER BY created ASC"


@app.route("/comments")
def comments():
    cur = sqlite3.connect("blog.db").cursor()
    cur.execute("SELECT body FROM comments " + order_clause(request.args.get("dir", "asc")))  # sink
    return {"comments": cur.fetchall()}
