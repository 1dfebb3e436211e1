# case: safe - input is passed in a context dictionary, not in the source
from flask import Flask, render_template_string, request

app = Flask(__name__)
TEMPLATE = "<p>{{ q }}</p>"


@app.route("/q")
def q():
    return render_template_string(TEMPLATE, **{"q": request.args["q"]})  # sink
