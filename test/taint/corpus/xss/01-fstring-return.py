# case: vulnerable - a query parameter formatted into the HTML a Flask view returns
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return f"<h1>Hello {name}</h1>"  # expect: reflected-xss
