# case: vulnerable - a blueprint view redirects to form input
from flask import Blueprint, redirect, request

bp = Blueprint("auth", __name__)


@bp.route("/logout", methods=["POST"])
def logout():
    return redirect(request.form["return_to"])  # expect: open-redirect
