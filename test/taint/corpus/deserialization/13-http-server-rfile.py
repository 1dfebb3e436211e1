# case: vulnerable - the body read from a BaseHTTPRequestHandler's rfile is unpickled
import pickle
from http.server import BaseHTTPRequestHandler


class RpcHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers["Content-Length"])
        call = pickle.loads(self.rfile.read(length))  # expect: unsafe-deserialization
        self.send_response(200)
        self.end_headers()
        self.wfile.write(repr(call).encode())
