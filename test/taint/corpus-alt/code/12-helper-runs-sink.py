# case: vulnerable - a helper of the same module evaluates its parameter; a view passes a form field to it
from flask import Flask, request

app = Flask(__name__)


def apply_rule(rule, price):
    return eval(rule, {"price": price})  # expect: code-injection


@app.post("/pricing/preview")
def preview():
    return {"price": apply_rule(request.form["rule"], 100)}
