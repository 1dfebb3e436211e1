# case: vulnerable - a werkzeug Response cookie without flags
from werkzeug.wrappers import Response


def app(environ, start_response):
    resp = Response("ok")
    resp.set_cookie("sid", "v")  # expect: insecure-cookie
    return resp(environ, start_response)
