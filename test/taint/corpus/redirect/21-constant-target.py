# case: safe - the target is a constant
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/home")
def home():
    request.args.get("ignored")
    return redirect("/dashboard")  # sink
