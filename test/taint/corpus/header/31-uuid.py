# case: safe - uuid.UUID accepts only a UUID
import uuid
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/req")
def req():
    resp = make_response("ok")
    resp.headers["X-Correlation-Id"] = str(uuid.UUID(request.args["cid"]))  # sink
    return resp
