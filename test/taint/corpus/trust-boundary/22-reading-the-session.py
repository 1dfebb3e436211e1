# case: safe - the session is only read
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/name")
def name():
    return session.get("name", "guest") + request.args.get("suffix", "")  # sink
