# case: vulnerable - a route parameter is formatted into a statement run with exec
from flask import Flask

app = Flask(__name__)


@app.route("/settings/<name>/<value>")
def set_option(name, value):
    options = {}
    exec("{} = {}".format(name, value), {}, options)  # expect: code-injection
    return options
