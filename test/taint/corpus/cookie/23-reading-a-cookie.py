# case: safe - a cookie is read, not set
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/g")
def g():
    return request.cookies.get("theme", "light")  # sink
