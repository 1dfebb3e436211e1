# case: safe - the input only chooses among constant templates
from flask import Flask, render_template_string, request

app = Flask(__name__)
TEMPLATES = {"short": "<p>{{ n }}</p>", "long": "<div><p>{{ n }}</p></div>"}


@app.route("/t")
def t():
    source = TEMPLATES.get(request.args["kind"], "<p>{{ n }}</p>")
    return render_template_string(source, n=1)  # sink
