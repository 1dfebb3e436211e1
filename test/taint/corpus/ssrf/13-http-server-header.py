# case: vulnerable - a request header of a BaseHTTPRequestHandler is the URL it fetches
import urllib.request
from http.server import BaseHTTPRequestHandler


class RelayHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        target = self.headers["X-Target"]
        body = urllib.request.urlopen(target).read()  # expect: ssrf
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)
