# case: vulnerable - the request path of a BaseHTTPRequestHandler, sliced, reaches eval
from http.server import BaseHTTPRequestHandler, HTTPServer


class CalcHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        expr = self.path[1:]
        result = eval(expr)  # expect: code-injection
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(result).encode())


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), CalcHandler).serve_forever()
