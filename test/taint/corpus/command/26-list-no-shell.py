# case: safe - an argument list without a shell: the value is one argv word, never parsed by a shell
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ls")
def listing():
    directory = request.args.get("dir", ".")
    out = subprocess.run(["ls", "-l", directory], capture_output=True)  # sink
    return out.stdout
