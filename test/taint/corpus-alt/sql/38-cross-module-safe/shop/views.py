from flask import Blueprint, request

from shop.db import find_orders

bp = Blueprint("orders", __name__)


@bp.route("/orders")
def orders():
    return {"orders": find_orders(request.args["customer"])}
