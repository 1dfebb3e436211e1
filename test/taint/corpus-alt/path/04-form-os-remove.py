# case: vulnerable - a form field is joined to the cache folder and the file is deleted
import os

from flask import Flask, request

app = Flask(__name__)
CACHE_DIR = "/var/cache/app"


@app.post("/cache/delete")
def delete_entry():
    os.remove(os.path.join(CACHE_DIR, request.form["key"]))  # expect: path-injection
    return "deleted"
