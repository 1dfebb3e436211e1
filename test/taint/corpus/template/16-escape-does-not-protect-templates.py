# case: vulnerable - HTML escaping leaves template syntax such as {{ }} intact
from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/e")
def e():
    return render_template_string("<p>" + escape(request.args["m"]) + "</p>")  # expect: template-injection
