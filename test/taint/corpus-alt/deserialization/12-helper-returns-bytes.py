# case: vulnerable - a helper of the same module decodes its parameter; the bytes are unpickled
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


def decode_token(token):
    return base64.urlsafe_b64decode(token.encode("ascii"))


@app.route("/resume")
def resume():
    job = pickle.loads(decode_token(request.args["token"]))  # expect: unsafe-deserialization
    return {"job": str(job)}
