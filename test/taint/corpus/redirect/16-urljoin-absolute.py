# case: vulnerable - urljoin keeps an absolute URL from the input as it is
from urllib.parse import urljoin

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/j")
def j():
    return redirect(urljoin(request.host_url, request.args["next"]))  # expect: open-redirect
