# case: vulnerable - a file name from input in a Content-Disposition header
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args["name"]
    return Response("data", headers={"Content-Disposition": "attachment; filename=" + name})  # expect: header-injection
