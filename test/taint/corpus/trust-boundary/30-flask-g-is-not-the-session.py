# case: safe - flask.g lives for one request; it is not the session
from flask import Flask, g, request

app = Flask(__name__)


@app.route("/g")
def use_g():
    g.query = request.args["q"]  # sink
    return "ok"
