# case: safe - the input is escaped into the body; headers are constant
import html
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/b")
def b():
    return make_response("<p>" + html.escape(request.args["m"]) + "</p>", 200, {"Cache-Control": "no-store"})  # sink
