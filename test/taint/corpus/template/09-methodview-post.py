# case: vulnerable - a MethodView post() compiles JSON input as a template
from flask import render_template_string, request
from flask.views import MethodView


class Snippet(MethodView):
    def post(self):
        snippet = request.json["snippet"]
        return render_template_string(snippet)  # expect: template-injection
