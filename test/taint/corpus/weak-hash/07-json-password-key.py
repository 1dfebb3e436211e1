# case: vulnerable - the password key of a JSON body hashed with SHA-1
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/users", methods=["POST"])
def create():
    data = request.get_json()
    return {"h": hashlib.sha1(data["password"].encode()).hexdigest()}  # expect: weak-password-hash
