# case: safe - the value must fully match a pattern of safe characters
import re
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/etag")
def etag():
    tag = request.args["tag"]
    if not re.fullmatch(r"[a-f0-9]{8,64}", tag):
        return "bad", 400
    resp = make_response("ok")
    resp.headers["ETag"] = tag  # sink
    return resp
