# case: safe - the source is used only when it is one of the allowed constant snippets
from flask import Flask, abort, render_template_string, request

app = Flask(__name__)
SNIPPETS = ("<b>{{ v }}</b>", "<i>{{ v }}</i>")


@app.route("/s")
def s():
    snippet = request.args["snippet"]
    if snippet not in SNIPPETS:
        abort(400)
    return render_template_string(snippet, v=1)  # sink
