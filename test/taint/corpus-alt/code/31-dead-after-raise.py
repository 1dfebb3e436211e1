# case: safe - the exec comes after a raise, so the code is never reached
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/console")
def console():
    source = request.form["source"]
    raise PermissionError("the web console is disabled")
    exec(source, {})  # sink
    abort(500)
