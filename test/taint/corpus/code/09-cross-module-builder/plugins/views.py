# case: vulnerable - a helper of another module builds source from a form value; the view runs it with exec
from flask import Flask, request

from plugins.templates import hook_source

app = Flask(__name__)


@app.route("/hooks", methods=["POST"])
def add_hook():
    namespace = {}
    exec(hook_source(request.form["body"]), namespace)  # expect: code-injection
    return "installed"
