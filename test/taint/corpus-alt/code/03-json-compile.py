# case: vulnerable - source text from the JSON body is compiled to a code object
from flask import Flask, request

app = Flask(__name__)


@app.post("/macros")
def add_macro():
    body = request.get_json()
    code = compile(body["source"], "<macro>", "exec")  # expect: code-injection
    namespace = {}
    exec(code, namespace)
    return {"names": sorted(namespace)}
