# case: safe - a cookie is deleted, not set
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/logout")
def logout():
    resp = make_response("bye")
    resp.delete_cookie("session_id")  # sink
    return resp
