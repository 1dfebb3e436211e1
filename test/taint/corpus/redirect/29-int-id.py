# case: safe - only a number from the input is in the path
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/item")
def item():
    return redirect(f"/items/{int(request.args['id'])}")  # sink
