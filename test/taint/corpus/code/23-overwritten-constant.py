# case: safe - the form value is overwritten with a constant before exec runs
from flask import Flask, request

app = Flask(__name__)


@app.route("/init", methods=["POST"])
def init():
    code = request.form.get("code", "")
    code = "counter = 0"
    scope = {}
    exec(code, scope)  # sink
    return str(scope["counter"])
