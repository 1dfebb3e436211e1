# case: vulnerable - the request path of a BaseHTTPRequestHandler is sliced and run as a shell command
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer


class ScriptHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        script = self.path[1:]
        code = subprocess.call("/opt/scripts/" + script, shell=True)  # expect: command-injection
        self.send_response(200 if code == 0 else 500)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), ScriptHandler).serve_forever()
