# case: safe - the ternary's condition is constantly true, so the path is a constant
from flask import Flask, request

app = Flask(__name__)


@app.route("/read")
def read():
    param = request.args.get("file", "")
    bar = "/srv/files/readme.txt" if 7 * 18 + 106 > 200 else param
    with open(bar) as f:  # sink
        return f.read()
