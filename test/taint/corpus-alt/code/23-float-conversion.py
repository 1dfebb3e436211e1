# case: safe - the temperature is converted with float() before the conversion formula is evaluated
from flask import Flask, request

app = Flask(__name__)


@app.route("/fahrenheit")
def fahrenheit():
    celsius = float(request.args.get("c", "0"))
    formula = f"{celsius} * 9 / 5 + 32"
    return {"f": eval(formula)}  # sink
