# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the filter is the constant "active = 1"
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/members")
def members():
    param = request.args.get("filter", "")
    bar = "active = 1" if 7 * 18 + 106 > 200 else param
    cur = sqlite3.connect("club.db").cursor()
    cur.execute("SELECT name FROM members WHERE " + bar)  # sink
    return {"members": cur.fetchall()}
