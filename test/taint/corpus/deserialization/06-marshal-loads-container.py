# case: vulnerable - an uploaded file read into a dict entry is passed to marshal.loads
import marshal

from flask import Flask, request

app = Flask(__name__)


@app.route("/bytecode", methods=["POST"])
def bytecode():
    blobs = {}
    blobs.update({"module": request.files["pyc"].read()})
    code = marshal.loads(blobs["module"])  # expect: unsafe-deserialization
    return {"names": list(code.co_names)}
