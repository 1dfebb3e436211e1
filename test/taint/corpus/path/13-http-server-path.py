# case: vulnerable - the request path of a BaseHTTPRequestHandler is opened under the web root
from http.server import BaseHTTPRequestHandler


class StaticHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        local = "/srv/www" + self.path
        with open(local, "rb") as f:  # expect: path-injection
            body = f.read()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)
