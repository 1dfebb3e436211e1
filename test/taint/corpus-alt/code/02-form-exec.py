# case: vulnerable - a form field is run with exec
from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/snippet")
def snippet():
    scope = {}
    exec(request.form["code"], scope)  # expect: code-injection
    return {"result": repr(scope.get("result"))}
