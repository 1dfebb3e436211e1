# case: vulnerable - input in the headers dict of make_response
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/lang")
def lang():
    return make_response("ok", 200, {"Content-Language": request.args["lang"]})  # expect: header-injection
