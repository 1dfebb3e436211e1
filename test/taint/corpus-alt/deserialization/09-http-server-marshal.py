# case: vulnerable - the request body read from self.rfile is loaded with marshal
import marshal
from http.server import BaseHTTPRequestHandler, HTTPServer


class CodeHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers["Content-Length"])
        obj = marshal.loads(self.rfile.read(length))  # expect: unsafe-deserialization
        self.send_response(200)
        self.end_headers()
        self.wfile.write(repr(type(obj)).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8084), CodeHandler).serve_forever()
