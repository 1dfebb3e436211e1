# case: safe - only a number from the input reaches the page
from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    n = int(request.args.get("n", "1"))
    return f"<p>Page {n}</p>"  # sink
