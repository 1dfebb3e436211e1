from flask import Flask, request

from accounts.db import find_user

app = Flask(__name__)


@app.route("/find")
def find():
    return {"user": find_user(request.args["email"])}
