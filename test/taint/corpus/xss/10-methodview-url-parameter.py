# case: vulnerable - a MethodView get() returns its URL parameter inside HTML
from flask.views import MethodView


class UserPage(MethodView):
    def get(self, username):
        return f"<h1>{username}'s page</h1>"  # expect: reflected-xss
