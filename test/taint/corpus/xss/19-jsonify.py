# case: safe - jsonify answers with application/json, not HTML
from flask import jsonify
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/echo")
def echo():
    return jsonify({"echo": request.args["msg"]})  # sink
