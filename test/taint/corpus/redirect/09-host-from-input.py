# case: vulnerable - the host of the redirect URL comes from the request
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/region")
def region():
    return redirect(f"https://{request.args['host']}/welcome")  # expect: open-redirect
