from flask import Flask, request

from auditlog.audit import record

app = Flask(__name__)


@app.route("/r")
def r():
    record(request.args["what"])
    return "ok"
