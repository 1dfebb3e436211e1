# case: vulnerable - yaml.load without a Loader on the request body
import yaml

from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def config():
    settings = yaml.load(request.get_data())  # expect: unsafe-deserialization
    return {"settings": settings}
