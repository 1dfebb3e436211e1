# case: safe - the store comes after abort() and never runs
from flask import Flask, abort, request, session

app = Flask(__name__)


@app.route("/no")
def no():
    abort(403)
    session["x"] = request.args["x"]  # sink
