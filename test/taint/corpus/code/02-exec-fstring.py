# case: vulnerable - a form field is formatted into source code run by exec
from flask import Flask, request

app = Flask(__name__)


@app.route("/setting", methods=["POST"])
def setting():
    value = request.form["value"]
    scope = {}
    exec(f"result = {value}", scope)  # expect: code-injection
    return str(scope["result"])
