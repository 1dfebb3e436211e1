# case: safe - the input is escaped with html.escape before it is put into the page
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = html.escape(request.args.get("name", ""))
    return f"<h1>Hello {name}</h1>"  # sink
