# case: safe - int() leaves only a number in the evaluated expression
from flask import Flask, request

app = Flask(__name__)


@app.route("/double")
def double():
    n = int(request.args.get("n", "0"))
    return str(eval("%d * 2" % n))  # sink
