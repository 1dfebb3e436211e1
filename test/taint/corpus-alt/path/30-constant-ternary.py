# case: safe - the condition 7 * 18 + 106 > 200 is always true, so the path is the constant "/srv/motd.txt"
from flask import Flask, request

app = Flask(__name__)


@app.route("/motd")
def motd():
    param = request.args.get("file", "")
    bar = "/srv/motd.txt" if 7 * 18 + 106 > 200 else param
    with open(bar) as fh:  # sink
        return fh.read()
