# case: vulnerable - a same-module helper unpickles its parameter, called with a header value
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


def decode_token(token):
    return pickle.loads(base64.urlsafe_b64decode(token))  # expect: unsafe-deserialization


@app.route("/me")
def me():
    return {"user": decode_token(request.headers["X-Token"])}
