# case: vulnerable - a Flask URL parameter is evaluated with eval
from flask import Flask

app = Flask(__name__)


@app.route("/square/<expr>")
def square(expr):
    value = eval(expr)  # expect: code-injection
    return str(value * value)
