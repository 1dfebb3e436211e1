# case: vulnerable - the request path of a BaseHTTPRequestHandler is opened relative to the current folder
from http.server import BaseHTTPRequestHandler, HTTPServer


class FileHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        with open("." + self.path, "rb") as fh:  # expect: path-injection
            data = fh.read()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8083), FileHandler).serve_forever()
