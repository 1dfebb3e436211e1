# case: vulnerable - each value of request.args.getlist is taken by a for loop and put into an rm command
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/cache/purge")
def purge():
    removed = 0
    for name in request.args.getlist("key"):
        os.system("rm -f /var/cache/app/%s" % name)  # expect: command-injection
        removed += 1
    return {"removed": removed}
