# case: vulnerable - a // prefix makes the input the host of the target
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/cdn")
def cdn():
    return redirect("//" + request.args["d"])  # expect: open-redirect
