# case: vulnerable - a query value is decoded by jsonpickle, which can build arbitrary objects
import jsonpickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore")
def restore():
    obj = jsonpickle.decode(request.args["state"])  # expect: unsafe-deserialization
    return {"type": type(obj).__name__}
