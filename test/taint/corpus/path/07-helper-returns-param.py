# case: vulnerable - a same-module helper builds the path from its parameter and returns it
from flask import Flask, request

app = Flask(__name__)


def avatar_path(user):
    return "/srv/avatars/%s.png" % user


@app.route("/avatar")
def avatar():
    with open(avatar_path(request.args["user"]), "rb") as f:  # expect: path-injection
        return f.read()
