# case: vulnerable - form fields are %-formatted into the SQL text (not passed as parameters)
import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.post("/account/email")
def change_email():
    email = request.form["email"]
    user_id = request.form["user_id"]
    conn = psycopg2.connect("dbname=accounts")
    with conn.cursor() as cur:
        cur.execute("UPDATE accounts SET email = '%s' WHERE id = %s" % (email, user_id))  # expect: sql-injection
    conn.commit()
    return "updated"
