# case: vulnerable - a name concatenated into the template source
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/hi")
def hi():
    name = request.args.get("name", "guest")
    return render_template_string("<p>Hello " + name + "</p>")  # expect: template-injection
