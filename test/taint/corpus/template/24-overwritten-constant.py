# case: safe - the source is overwritten with a constant before it is compiled
import jinja2

from flask import Flask, request

app = Flask(__name__)


@app.route("/o")
def o():
    source = request.args.get("s", "")
    source = "<p>{{ v }}</p>"
    return jinja2.Template(source).render(v=1)  # sink
