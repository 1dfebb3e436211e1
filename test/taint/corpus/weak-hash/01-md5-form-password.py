# case: vulnerable - a password from a form hashed with MD5
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()  # expect: weak-password-hash
    return digest
