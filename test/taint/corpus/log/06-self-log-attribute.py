# case: vulnerable - a handler logs input through a logger kept on self
import logging

from flask import request
from flask.views import MethodView


class Orders(MethodView):
    def __init__(self):
        self.log = logging.getLogger("orders")

    def post(self):
        self.log.info("order note: %s", request.form["note"])  # expect: log-injection
        return "ok"
