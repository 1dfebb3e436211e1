# case: safe - urllib.parse.quote percent-encodes CR and LF
from urllib.parse import quote

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/download")
def download():
    resp = make_response("data")
    resp.headers["Content-Disposition"] = "attachment; filename*=UTF-8''" + quote(request.args["name"])  # sink
    return resp
