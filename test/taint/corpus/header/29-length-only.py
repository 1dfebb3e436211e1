# case: safe - only the number of items is in the header
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/count", methods=["POST"])
def count():
    items = request.json["items"]
    resp = make_response("ok")
    resp.headers["X-Count"] = str(len(items))  # sink
    return resp
