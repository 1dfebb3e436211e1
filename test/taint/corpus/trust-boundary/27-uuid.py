# case: safe - uuid.UUID accepts only a UUID
import uuid
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/cart")
def cart():
    session["cart_id"] = str(uuid.UUID(request.args["cart"]))  # sink
    return "ok"
