# case: vulnerable - a helper compiles its parameter as a template; the view passes input
import jinja2

from flask import Flask, request

app = Flask(__name__)


def render(source):
    return jinja2.Template(source).render()  # expect: template-injection


@app.route("/r")
def view():
    return render(request.args["s"])
