# case: vulnerable - a Flask URL parameter is the host that requests.delete targets
import requests

from flask import Flask

app = Flask(__name__)


@app.route("/nodes/<node>", methods=["DELETE"])
def drain(node):
    resp = requests.delete("http://" + node + "/drain", timeout=5)  # expect: ssrf
    return {"status": resp.status_code}
