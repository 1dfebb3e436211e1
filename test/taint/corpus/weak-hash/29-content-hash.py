# case: safe - a SHA-256 of request content, not of a password
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    return hashlib.sha256(request.data).hexdigest()  # sink
