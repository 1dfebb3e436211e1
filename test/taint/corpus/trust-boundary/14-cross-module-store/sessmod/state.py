# case: vulnerable - input passed to a session helper of another module
from flask import session


def put(key, value):
    session[key] = value  # expect: trust-boundary-violation
