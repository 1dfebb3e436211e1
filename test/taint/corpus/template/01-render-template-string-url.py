# case: vulnerable - request.url formatted into the source of render_template_string
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/404")
def not_found():
    page = "<h1>Not found: %s</h1>" % request.url
    return render_template_string(page)  # expect: template-injection
