# case: safe - the host of the target is fixed; the input is in the query
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/search")
def search():
    return redirect(f"https://search.example.com/?q={request.args['q']}")  # sink
