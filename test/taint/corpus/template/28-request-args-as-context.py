# case: safe - all query parameters are passed as variables of a constant template
from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<ul>{% for k in keys %}<li>{{ k }}</li>{% endfor %}</ul>"


@app.route("/k")
def keys():
    return render_template_string(PAGE, keys=list(request.args))  # sink
