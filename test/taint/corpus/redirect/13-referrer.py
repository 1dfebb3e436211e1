# case: vulnerable - the Referer header, which the client sets, is the redirect target
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/retry")
def retry():
    return redirect(request.referrer)  # expect: open-redirect
