# case: safe - the input is overwritten with a constant before the page is built
from flask import Flask, request

app = Flask(__name__)


@app.route("/who")
def who():
    name = request.args.get("name", "")
    name = "guest"
    return f"<p>Hello {name}</p>"  # sink
