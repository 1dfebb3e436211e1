# case: vulnerable - a request header of a BaseHTTPRequestHandler is put into an f-string query
import sqlite3
from http.server import BaseHTTPRequestHandler, HTTPServer


class KeyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        token = self.headers.get("X-Api-Key", "")
        cur = sqlite3.connect("keys.db").cursor()
        cur.execute(f"SELECT owner FROM api_keys WHERE token = '{token}'")  # expect: sql-injection
        self.send_response(200 if cur.fetchone() else 403)
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8082), KeyHandler).serve_forever()
