# case: safe - the formula is evaluated only inside the branch where it is one of FORMULAS
from flask import Flask, request

app = Flask(__name__)

FORMULAS = ("x * 2", "x ** 2", "x + 1")


@app.route("/apply")
def apply_formula():
    formula = request.args["formula"]
    if formula in FORMULAS:
        return {"value": eval(formula, {"x": 7})}  # sink
    return "unknown formula", 400
