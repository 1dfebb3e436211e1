# case: safe - the command runs after a return, so the code is never reached
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/reindex")
def reindex():
    index = request.args["index"]
    return "reindexing is disabled", 503
    os.system("/opt/search/reindex " + index)  # sink
