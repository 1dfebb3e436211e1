# case: vulnerable - path segments from the query string are added to a list and joined into the opened path
from flask import Flask, request

app = Flask(__name__)


@app.route("/static-file")
def static_file():
    segments = ["/var/www/static"]
    segments.extend(request.args.getlist("part"))
    with open("/".join(segments), "rb") as fh:  # expect: path-injection
        return fh.read()
