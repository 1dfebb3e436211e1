# case: vulnerable - a nested function runs with exec the header value it closes over
from flask import Flask, request

app = Flask(__name__)


@app.route("/debug")
def debug():
    hook = request.headers.get("X-Debug-Hook", "pass")

    def run_hook():
        exec(hook, {})  # expect: code-injection

    run_hook()
    return "ok"
