# case: vulnerable - JSON lines are added to a list with extend and the joined source is run with exec
from flask import Flask, request

app = Flask(__name__)


@app.post("/handlers")
def define_handler():
    lines = ["def handler(event):"]
    lines.extend(request.json["body"])
    namespace = {}
    exec("\n    ".join(lines), namespace)  # expect: code-injection
    return {"defined": "handler" in namespace}
