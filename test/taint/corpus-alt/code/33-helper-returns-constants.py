# case: safe - the helper maps the input to one of two constant formulas; only its result is evaluated
from flask import Flask, request

app = Flask(__name__)


def pick_formula(kind):
    if kind == "area":
        return "w * h"
    return "2 * (w + h)"


@app.route("/rectangle")
def rectangle():
    formula = pick_formula(request.args.get("kind", "area"))
    return {"value": eval(formula, {"w": 3, "h": 4})}  # sink
