# case: vulnerable - a query parameter goes through a statement builder of another module into exec
from flask import Flask, request

from plugins.loader import import_statement

app = Flask(__name__)


@app.route("/plugins/enable")
def enable():
    namespace = {}
    exec(import_statement(request.args["name"]), namespace)  # expect: code-injection
    return {"loaded": namespace["plugin"].__name__}
