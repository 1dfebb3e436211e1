# case: safe - the compile of input comes after return and never runs
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/d")
def d():
    return "disabled"
    return render_template_string(request.args["s"])  # sink
