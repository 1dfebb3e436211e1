# case: vulnerable - a query-string file name is opened directly, so ../ escapes the directory
from flask import Flask, request

app = Flask(__name__)


@app.route("/read")
def read():
    name = request.args.get("file", "")
    with open("/srv/files/" + name) as f:  # expect: path-injection
        return f.read()
