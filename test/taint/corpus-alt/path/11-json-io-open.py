# case: vulnerable - a path from the JSON body is opened with io.open for writing
import io

from flask import Flask, request

app = Flask(__name__)


@app.post("/export")
def export():
    payload = request.get_json()
    with io.open(payload["target"], "w", encoding="utf-8") as fh:  # expect: path-injection
        fh.write("id,total\n")
    return "exported"
