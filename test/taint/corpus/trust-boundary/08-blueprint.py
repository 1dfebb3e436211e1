# case: vulnerable - a blueprint view stores form input in the session
from flask import Blueprint, request, session

bp = Blueprint("acct", __name__)


@bp.route("/nick", methods=["POST"])
def nick():
    session["nickname"] = request.form["nickname"]  # expect: trust-boundary-violation
    return "ok"
