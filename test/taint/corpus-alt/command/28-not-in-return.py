# case: safe - the view returns early unless the tool is one of TOOLS, so only allowed names reach os.system
import os

from flask import Flask

app = Flask(__name__)

TOOLS = ("git", "python3", "node")


@app.route("/version/<tool>")
def version(tool):
    if tool not in TOOLS:
        return "unknown tool", 404
    code = os.system(tool + " --version > /tmp/version.txt")  # sink
    return {"exit": code}
