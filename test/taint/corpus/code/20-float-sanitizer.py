# case: safe - float() leaves only a number in the code run by exec
from flask import Flask, request

app = Flask(__name__)


@app.route("/rate", methods=["POST"])
def rate():
    value = float(request.form["rate"])
    scope = {}
    exec("rate = " + str(value), scope)  # sink
    return str(scope["rate"])
