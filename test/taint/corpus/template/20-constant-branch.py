# case: safe - the branch that would take the input cannot run
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/c")
def c():
    source = "<p>{{ 1 + 1 }}</p>" if 7 * 18 + 106 > 200 else request.args["s"]
    return render_template_string(source)  # sink
