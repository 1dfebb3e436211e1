# case: safe - secure_filename keeps only letters, digits, dots, dashes and underscores
from werkzeug.utils import secure_filename

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/dl")
def dl():
    resp = make_response("data")
    resp.headers["Content-Disposition"] = "attachment; filename=" + secure_filename(request.args["name"])  # sink
    return resp
