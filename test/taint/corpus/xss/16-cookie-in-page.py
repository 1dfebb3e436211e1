# case: vulnerable - a cookie value is echoed into the page
from flask import Flask, request

app = Flask(__name__)


@app.route("/theme")
def theme():
    return "<body class='" + request.cookies.get("theme", "") + "'></body>"  # expect: reflected-xss
