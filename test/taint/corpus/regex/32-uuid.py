# case: safe - uuid.UUID accepts only a UUID, which has no pattern syntax
import uuid
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/id")
def by_id():
    u = str(uuid.UUID(request.args["id"]))
    return str(bool(re.search(u, "log line")))  # sink
