from flask import Flask, request

from deploy.shell import restart_service

app = Flask(__name__)


@app.route("/restart", methods=["POST"])
def restart():
    restart_service(request.form["service"])
    return "restarting"
