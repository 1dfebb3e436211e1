# case: safe - the marshal.loads call follows a raise and never runs
import marshal

from flask import Flask, request

app = Flask(__name__)


@app.route("/bytecode", methods=["POST"])
def bytecode():
    blob = request.files["pyc"].read()
    raise PermissionError("uploading bytecode is disabled")
    marshal.loads(blob)  # sink
