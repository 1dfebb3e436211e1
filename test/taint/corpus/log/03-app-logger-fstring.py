# case: vulnerable - Flask's app.logger given an f-string with input
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    app.logger.info(f"search for {q}")  # expect: log-injection
    return "ok"
