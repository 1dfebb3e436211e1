# case: safe - the variable holding the input is overwritten with a constant before exec
from flask import Flask, request

app = Flask(__name__)


@app.post("/setup")
def setup():
    script = request.form.get("script", "")
    script = "import logging\nlogging.basicConfig(level=logging.INFO)"
    exec(script, {})  # sink
    return "configured"
