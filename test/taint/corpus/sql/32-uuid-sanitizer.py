# case: safe - uuid.UUID() accepts only a UUID, so its string form holds no SQL syntax
import sqlite3
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.route("/session")
def session():
    sid = uuid.UUID(request.cookies.get("sid", ""))
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT data FROM sessions WHERE id = '%s'" % sid)  # sink
    return {"session": cur.fetchone()}
