# case: safe - ast.literal_eval accepts only literals and is not eval, exec or compile
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/parse", methods=["POST"])
def parse():
    value = ast.literal_eval(request.form["value"])  # sink
    return {"value": value}
