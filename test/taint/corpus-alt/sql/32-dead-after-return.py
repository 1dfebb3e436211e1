# case: safe - the query runs after a return, so the code is never reached
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/legacy/search")
def legacy_search():
    term = request.args["q"]
    return "search has moved to /search", 410
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM pages WHERE body LIKE '%" + term + "%'")  # sink
