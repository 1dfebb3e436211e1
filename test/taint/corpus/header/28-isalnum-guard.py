# case: safe - the value is refused unless it is letters and digits
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/id")
def id_header():
    rid = request.args["rid"]
    if not rid.isalnum():
        return "bad", 400
    resp = make_response("ok")
    resp.headers["X-Request-Id"] = rid  # sink
    return resp
