# case: vulnerable - a query parameter names the shelve file opened (and unpickled)
import os
import shelve

from flask import Flask, request

app = Flask(__name__)
SESSIONS = "/srv/sessions"


@app.route("/session")
def session_data():
    with shelve.open(os.path.join(SESSIONS, request.args["sid"])) as db:  # expect: unsafe-deserialization
        return dict(db)
