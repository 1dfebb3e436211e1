# case: safe - the assignment of the input is under if 1 > 2, which never runs; the clause stays constant
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/events")
def events():
    clause = "ORDER BY starts_at"
    if 1 > 2:
        clause = request.args["clause"]
    cur = sqlite3.connect("events.db").cursor()
    cur.execute("SELECT title FROM events " + clause)  # sink
    return {"events": cur.fetchall()}
