# case: safe - a helper of the same module converts its parameter with float() before the text is evaluated
from flask import Flask, request

app = Flask(__name__)


def number_text(value):
    return str(float(value))


@app.route("/vat")
def vat():
    amount = number_text(request.args["amount"])
    return {"gross": eval(amount + " * 1.2")}  # sink
