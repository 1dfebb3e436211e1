# case: safe - an MD5 used as an ETag of the path
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/asset")
def asset():
    return hashlib.md5(request.path.encode()).hexdigest()  # sink
