# case: vulnerable - a header value reaches os.popen through str.format
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/whois")
def whois():
    domain = request.headers.get("X-Domain", "")
    template = "whois {}"
    output = os.popen(template.format(domain)).read()  # expect: command-injection
    return output
