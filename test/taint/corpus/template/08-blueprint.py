# case: vulnerable - a blueprint view formats input into the template source
from flask import Blueprint, render_template_string, request

bp = Blueprint("pages", __name__)


@bp.route("/title")
def title():
    return render_template_string(f"<title>{request.args['t']}</title>")  # expect: template-injection
