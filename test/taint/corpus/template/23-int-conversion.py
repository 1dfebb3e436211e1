# case: safe - only a number from the input reaches the template source
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/w")
def w():
    width = int(request.args.get("w", "10"))
    return render_template_string('<hr width="%d">' % width)  # sink
