# case: safe - the session id is converted with uuid.UUID before it is put into the query
import sqlite3
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.route("/session")
def session_info():
    sid = uuid.UUID(request.cookies["sid"])
    cur = sqlite3.connect("sessions.db").cursor()
    cur.execute(f"SELECT user_id FROM sessions WHERE id = '{sid}'")  # sink
    return {"user": cur.fetchone()}
