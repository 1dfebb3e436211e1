# case: safe - the input only goes through os.path.join, which is not a sink, into the response text
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/where")
def where():
    full = os.path.join("/srv/files", request.args.get("name", ""))  # sink
    return {"would_read": full}
