from flask import Flask, make_response, request

from hdrmod.util import tag_response

app = Flask(__name__)


@app.route("/t")
def t():
    return tag_response(make_response("ok"), request.args["tag"])
