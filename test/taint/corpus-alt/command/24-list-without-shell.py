# case: safe - the input is one argument of a list run without a shell, so no shell parses it
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/files")
def files():
    folder = request.args.get("folder", ".")
    result = subprocess.run(["ls", "-l", folder], capture_output=True, text=True)  # sink
    return result.stdout
