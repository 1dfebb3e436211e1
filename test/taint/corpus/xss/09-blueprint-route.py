# case: vulnerable - a blueprint route returns form input formatted with %
from flask import Blueprint, request

bp = Blueprint("notes", __name__)


@bp.route("/note", methods=["POST"])
def note():
    return "<div class=note>%s</div>" % request.form["note"]  # expect: reflected-xss
