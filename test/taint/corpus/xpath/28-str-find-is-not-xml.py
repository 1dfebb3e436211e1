# case: safe - str.find on text is a substring search, not an XML path
from flask import Flask, request

app = Flask(__name__)

BANNER = "Welcome to the support portal"


@app.route("/has")
def has():
    return str(BANNER.find(request.args["word"]))  # sink
