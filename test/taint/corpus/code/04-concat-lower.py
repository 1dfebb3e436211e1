# case: vulnerable - a header value, lowered and concatenated, reaches eval
from flask import Flask, request

app = Flask(__name__)


@app.route("/feature")
def feature():
    flag = request.headers.get("X-Flag", "false").lower()
    enabled = eval("bool(" + flag + ")")  # expect: code-injection
    return {"enabled": enabled}
