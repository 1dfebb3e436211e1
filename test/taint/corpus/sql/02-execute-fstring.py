# case: vulnerable - a form field is interpolated with an f-string into an UPDATE statement
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/email", methods=["POST"])
def email():
    new_email = request.form["email"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute(f"UPDATE users SET email = '{new_email}' WHERE id = 1")  # expect: sql-injection
    conn.commit()
    return "saved"
