from flask import Flask, request

from hooks.client import deliver

app = Flask(__name__)


@app.route("/hooks/ping", methods=["POST"])
def ping():
    return {"status": deliver(request.form["url"], {"event": "ping"})}
