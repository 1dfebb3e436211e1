# case: vulnerable - a MethodView post() stores JSON input in the session
from flask import request, session
from flask.views import MethodView


class Preferences(MethodView):
    def post(self):
        session["prefs"] = request.json["prefs"]  # expect: trust-boundary-violation
        return "saved"
