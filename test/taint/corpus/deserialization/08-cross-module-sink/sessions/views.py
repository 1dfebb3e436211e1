from flask import Flask, request

from sessions.codec import load_session

app = Flask(__name__)


@app.route("/resume", methods=["POST"])
def resume():
    return {"session": load_session(request.data)}
