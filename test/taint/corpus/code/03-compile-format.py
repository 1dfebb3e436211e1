# case: vulnerable - a JSON field is formatted into source that compile turns into code
from flask import Flask, request

app = Flask(__name__)
RULES = []


@app.route("/rule", methods=["POST"])
def rule():
    condition = request.json["condition"]
    source = "def check(x):\n    return {}\n".format(condition)
    code = compile(source, "<rule>", "exec")  # expect: code-injection
    RULES.append(code)
    return "compiled"
