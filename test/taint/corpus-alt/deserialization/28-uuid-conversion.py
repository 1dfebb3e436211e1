# case: safe - the session id is converted with uuid.UUID before it becomes the shelve file name
import shelve
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.route("/session")
def session_data():
    sid = uuid.UUID(request.cookies["sid"])
    with shelve.open(f"/srv/sessions/{sid}") as db:  # sink
        return dict(db)
