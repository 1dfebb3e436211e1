# case: vulnerable - a request header of a BaseHTTPRequestHandler names the backend host that is fetched
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.request import urlopen


class ForwardHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        backend = self.headers.get("X-Backend", "127.0.0.1:9000")
        with urlopen("http://" + backend + "/status", timeout=5) as resp:  # expect: ssrf
            body = resp.read()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8085), ForwardHandler).serve_forever()
