from flask import Flask, request

from cache.store import load_entry

app = Flask(__name__)


@app.put("/cache/<key>")
def put_entry(key):
    value = load_entry(request.get_data())
    return {"key": key, "type": type(value).__name__}
