# case: safe - the branch that would use the input cannot run
from flask import Flask, request

app = Flask(__name__)


@app.route("/motd")
def motd():
    msg = "Welcome" if 7 * 18 + 106 > 200 else request.args["m"]
    return "<marquee>" + msg + "</marquee>"  # sink
